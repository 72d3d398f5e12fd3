using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

public sealed record FeatureProfileBody(string? Description, IReadOnlyList<FeatureProfileRule>? Rules);
