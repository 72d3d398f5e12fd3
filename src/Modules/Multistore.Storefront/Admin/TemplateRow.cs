namespace Multistore.Storefront.Admin;

/// <summary>
/// A template in the theme admin's list: its name, where lookup finds it (the theme's display name, empty for a module's
/// default), and whether the tenant overrides it.
/// </summary>
public sealed record TemplateRow(string Name, string Origin, bool Overridden);
