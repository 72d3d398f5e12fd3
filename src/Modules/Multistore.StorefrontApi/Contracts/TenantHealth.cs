namespace Multistore.StorefrontApi.Contracts;

/// <summary>A store's health and each of its checks.</summary>
public sealed record TenantHealth(string Tenant, string Status, IReadOnlyDictionary<string, string> Checks);
