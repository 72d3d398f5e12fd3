using Multistore.Tenants.Domain;

namespace Multistore.Tenants.Services;

/// <summary>A freshly issued key: <see cref="Secret"/> is the only time the key itself is seen.</summary>
internal sealed record IssuedApiKey(ApiKey Key, string Secret);
