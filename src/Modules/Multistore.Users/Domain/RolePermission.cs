using System.Diagnostics.CodeAnalysis;

namespace Multistore.Users.Domain;

/// <summary>A permission granted to a role; <c>"*"</c> grants every permission (the Administrator role).</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A role's permission, in the domain's own words.")]
internal sealed class RolePermission
{
    public required string RoleId { get; init; }
    public required string Permission { get; init; }
}
