namespace Multistore.Tenants.Endpoints;

public sealed record SetupTenantBody(string? Recipe, Dictionary<string, string>? Parameters);
