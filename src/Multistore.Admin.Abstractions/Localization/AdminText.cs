namespace Multistore.Admin;

/// <summary>
/// Marker type for the admin's UI strings: admin pages inject <c>IStringLocalizer&lt;AdminText&gt; T</c> and write
/// <c>@T["Source text"]</c> or <c>@T["{0} orders", count]</c>. The strings live in each module's embedded
/// <c>Localization/&lt;culture&gt;.po</c> (de-DE, sv-SE, fr-FR), merged like every other UI string; the request's UI
/// culture on admin paths is the administrator's language (see docs/localization.md, "The admin's language").
/// </summary>
public sealed class AdminText
{
    private AdminText()
    {
    }
}
