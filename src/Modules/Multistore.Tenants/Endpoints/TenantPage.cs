namespace Multistore.Tenants.Endpoints;

public sealed record TenantPage(IReadOnlyList<TenantDto> Items, int Total, int Page, int PageSize);
