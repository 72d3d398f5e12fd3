namespace Multistore.Admin.Permissions;

/// <summary>The built-in roles every tenant starts with.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string OrderManager = "OrderManager";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, OrderManager];
}
