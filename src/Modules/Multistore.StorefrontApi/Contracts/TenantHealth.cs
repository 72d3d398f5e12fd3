using System.Text.Json.Serialization;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>A store's health; the store's name and each of its checks only for an operator.</summary>
public sealed record TenantHealth(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tenant = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Checks = null);
