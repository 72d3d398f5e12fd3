namespace Multistore.Setup;

/// <summary>What a setup link carries, encrypted with data protection: which store (and which registration of that name), the recipe and its parameters, and when it expires.</summary>
internal sealed record SetupLinkTicket(string Tenant, long CreatedTicks, string Recipe, Dictionary<string, string> Parameters, DateTimeOffset ExpiresUtc);
