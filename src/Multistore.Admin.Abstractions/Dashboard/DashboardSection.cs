using Microsoft.AspNetCore.Components;
using Multistore.Admin.Permissions;

namespace Multistore.Admin.Dashboard;

/// <summary>
/// A part of the store's dashboard contributed by a module: a component rendered on <c>/admin</c> for users with
/// <see cref="Permission"/>, sections sorted by <see cref="Order"/>. <see cref="Wide"/> sections take the whole row.
/// </summary>
public sealed record DashboardSection(Type Component, Permission Permission)
{
    public int Order { get; init; }

    public bool Wide { get; init; }

    public static DashboardSection Of<TComponent>(Permission permission) where TComponent : IComponent => new(typeof(TComponent), permission);
}
