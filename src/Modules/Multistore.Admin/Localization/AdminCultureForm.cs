namespace Multistore.Admin.Localization;

/// <summary>The language picker's fields: the chosen admin language and the page to go back to.</summary>
public sealed class AdminCultureForm
{
    public string? Culture { get; set; }

    public string? ReturnUrl { get; set; }
}
