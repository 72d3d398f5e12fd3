using Multistore.Admin.Routing;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>The create-store form: hosts one per line, recipe parameters as Name=Value lines.</summary>
public sealed class TenantCreateForm
{
    public string? Name { get; set; }
    public string? Hosts { get; set; }
    public string? UrlPrefix { get; set; }
    public string? Recipe { get; set; } = "store";
    public string? RecipeJson { get; set; }
    public string? Parameters { get; set; }
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
    public string? FeatureProfile { get; set; }
    public string? Template { get; set; }

    /// <summary>A configured region and a tier (<see cref="TenantTiers"/>); with them the database fields are not used.</summary>
    public string? Region { get; set; }

    public string? Tier { get; set; }

    /// <summary>Register the store awaiting setup and give the host admin a link for the store's own administrator.</summary>
    public bool SetupLink { get; set; }

    /// <summary>A wildcard host may cover other stores' host names.</summary>
    public bool AllowWildcard { get; set; }

    public (TenantRequest Request, Dictionary<string, string> Parameters) ToRequest(FormErrors errors)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (Parameters ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add(nameof(Parameters), $"'{line}' is not Name=Value.");
                continue;
            }

            parameters[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }

        if (string.IsNullOrWhiteSpace(Recipe) && string.IsNullOrWhiteSpace(RecipeJson))
        {
            errors.Add(nameof(Recipe), "Choose a recipe or paste one.");
        }

        var placed = !string.IsNullOrWhiteSpace(Region) || !string.IsNullOrWhiteSpace(Tier);
        var request = new TenantRequest
        {
            Name = (Name ?? "").Trim(),
            Hosts = (Hosts ?? "").Split(['\n', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            UrlPrefix = UrlPrefix,
            DatabaseProvider = placed ? null : DatabaseProvider,
            ConnectionString = string.IsNullOrWhiteSpace(ConnectionString) ? null : ConnectionString.Trim(),
            FeatureProfile = FeatureProfile,
            Template = Template,
            AllowWildcard = AllowWildcard,
            Region = string.IsNullOrWhiteSpace(Region) ? null : Region,
            Tier = string.IsNullOrWhiteSpace(Tier) ? null : Tier,
        };
        return (request, parameters);
    }

    /// <summary>The form input an engine error field belongs to.</summary>
    public static string FieldOf(string engineField) => engineField switch
    {
        "name" => nameof(Name),
        "hosts" => nameof(Hosts),
        "urlPrefix" => nameof(UrlPrefix),
        "connectionString" => nameof(ConnectionString),
        "featureProfile" => nameof(FeatureProfile),
        "template" => nameof(Template),
        "region" => nameof(Region),
        "tier" => nameof(Tier),
        "recipe" => nameof(Recipe),
        _ => nameof(Parameters),
    };
}
