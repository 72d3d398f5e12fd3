using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>A finished move as the API shows it: the store, where it was and is, every table verified, and the time it was closed.</summary>
internal sealed record TenantMoveDto(TenantDto Tenant, string From, string To, IReadOnlyList<TenantMoveTable> Tables, long CopiedRows, long CaughtUpRows,
    double UnavailableSeconds, double TotalSeconds)
{
    public static TenantMoveDto Of(TenantMoveResult moved) => new(TenantDto.From(moved.Tenant), moved.From, moved.To, moved.Tables, moved.CopiedRows,
        moved.CaughtUpRows, moved.Unavailable.TotalSeconds, moved.Total.TotalSeconds);
}
