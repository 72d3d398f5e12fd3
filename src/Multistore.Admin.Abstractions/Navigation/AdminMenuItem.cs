using Multistore.Admin.Permissions;

namespace Multistore.Admin.Navigation;

/// <summary>
/// A link in the admin menu, shown only to users with its permission. <see cref="Path"/> is relative to
/// <c>/admin</c>; items group under their <see cref="Section"/> and sort by <see cref="Order"/>, then title.
/// </summary>
public sealed record AdminMenuItem(string Section, string Title, string Path, Permission Permission)
{
    public int Order { get; init; }
}
