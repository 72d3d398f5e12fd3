using System.Text.Json;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// POST /api/tenants. With a recipe (a name in recipes/, or <see cref="RecipeJson"/>: an uploaded recipe such as an
/// export) the tenant is set up at once unless <see cref="Setup"/> is false. With <see cref="SetupLink"/> the store awaits
/// setup instead, and the answer carries a one-time link (valid <see cref="SetupLinkHours"/>, 72 by default) for its own
/// administrator, who chooses the admin email and password there. <see cref="AllowWildcard"/> says that a wildcard host
/// (<c>*.example.com</c>) may cover other stores' host names. <see cref="Region"/> and <see cref="Tier"/> place the store on a
/// region's servers (Multistore:Regions) instead of the host's default database; a connection string then is refused.
/// </summary>
public sealed record CreateTenantBody(
    string? Name,
    IReadOnlyList<string>? Hosts,
    string? UrlPrefix,
    string? Recipe,
    Dictionary<string, string>? Parameters,
    bool? Setup,
    DatabaseProvider? DatabaseProvider,
    string? ConnectionString,
    string? FeatureProfile,
    JsonElement? RecipeJson = null,
    string? Template = null,
    bool? SetupLink = null,
    int? SetupLinkHours = null,
    bool? AllowWildcard = null,
    string? Region = null,
    string? Tier = null);
