namespace Multistore.Admin.Navigation;

/// <summary>A heading of the admin menu with the items the current user may open.</summary>
public sealed record AdminMenuSection(string Title, IReadOnlyList<AdminMenuItem> Items);
