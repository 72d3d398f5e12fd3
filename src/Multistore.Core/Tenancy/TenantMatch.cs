namespace Multistore.Tenancy;

/// <summary>
/// The tenant a request is for, and the URL prefix it was reached under (moved into PathBase).
/// <see cref="SharedOrigin"/> says that another tenant's pages can be reached on the same host name, so nothing
/// privileged of this tenant (its admin) may be served there; <see cref="OwnHost"/> is a host name only this
/// tenant is reached on, where its admin lives, or null when it has none.
/// </summary>
internal sealed record TenantMatch(TenantSettings Tenant, string? Prefix, bool SharedOrigin = false, string? OwnHost = null);
