namespace Multistore.Admin.Navigation;

/// <summary>The menu sections the admin knows, in the order they appear; modules may add their own.</summary>
public static class AdminSections
{
    public const string Home = "Home";
    public const string Catalog = "Catalog";
    public const string Sales = "Sales";
    public const string Content = "Content";
    public const string Users = "Users";
    public const string Settings = "Settings";
    public const string System = "System";

    public static IReadOnlyList<string> Ordered { get; } = [Home, Catalog, Sales, Content, Users, Settings, System];
}
