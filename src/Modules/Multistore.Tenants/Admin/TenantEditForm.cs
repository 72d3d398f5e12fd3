using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>The edit-store form: hosts one per line; an empty prefix, profile or template clears it.</summary>
public sealed class TenantEditForm
{
    public string? Hosts { get; set; }
    public string? UrlPrefix { get; set; }
    public string? FeatureProfile { get; set; }
    public string? Template { get; set; }

    /// <summary>A new wildcard host may cover other stores' host names.</summary>
    public bool AllowWildcard { get; set; }

    public static TenantEditForm From(TenantSettings tenant) => new()
    {
        Hosts = string.Join('\n', tenant.Hosts),
        UrlPrefix = tenant.UrlPrefix,
        FeatureProfile = tenant.FeatureProfile,
        Template = tenant.Template,
    };

    public TenantEdit ToEdit() => new()
    {
        Hosts = (Hosts ?? "").Split(['\n', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        UrlPrefix = UrlPrefix ?? "",
        FeatureProfile = FeatureProfile ?? "",
        Template = Template ?? "",
        AllowWildcard = AllowWildcard,
    };

    /// <summary>The form input an engine error field belongs to.</summary>
    public static string FieldOf(string engineField) => engineField switch
    {
        "urlPrefix" => nameof(UrlPrefix),
        "featureProfile" => nameof(FeatureProfile),
        "template" => nameof(Template),
        _ => nameof(Hosts),
    };
}
