using Multistore.Tenancy;

namespace Multistore.Tenants.Endpoints;

public sealed record FeatureProfileBody(string? Description, IReadOnlyList<FeatureProfileRule>? Rules);
