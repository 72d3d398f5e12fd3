using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>The tenant of the current request, on <c>HttpContext.Features</c>.</summary>
internal sealed record TenantFeature(TenantSettings Tenant);
