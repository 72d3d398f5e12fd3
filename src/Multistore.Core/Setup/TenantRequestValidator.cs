using Multistore.BrandTemplates;
using Multistore.Data;
using Multistore.Hosting;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>Turns a request into registry settings, or says per field what is wrong with it.</summary>
internal sealed class TenantRequestValidator(
    TenantRegistry registry,
    FeatureProfileStore profiles,
    BrandTemplateStore templates,
    AppDataPaths paths,
    Microsoft.Extensions.Options.IOptions<MultistoreOptions> options)
{
    public async Task<TenantSettings> ValidateAsync(TenantRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Add("name", TenantNameRules.CheckName(request.Name));
        if (registry.Find(request.Name) is not null)
        {
            errors.Add("name", $"A tenant named '{request.Name}' already exists.");
        }

        var hosts = NormalizeHosts(request.Hosts);
        var prefix = NormalizePrefix(request.UrlPrefix);
        CheckAddress(request.Name, hosts, prefix, errors);
        CheckWildcards(request.Name, hosts, [], request.AllowWildcard, errors);
        await CheckProfileAsync(request.FeatureProfile, errors, cancellationToken);
        var template = string.IsNullOrWhiteSpace(request.Template) ? null : request.Template.Trim();
        await CheckTemplateAsync(template, errors, cancellationToken);

        var unplaced = new TenantSettings
        {
            Name = request.Name,
            Hosts = hosts,
            UrlPrefix = prefix,
            RecipeName = request.RecipeName,
            FeatureProfile = string.IsNullOrWhiteSpace(request.FeatureProfile) ? null : request.FeatureProfile,
            Template = template,
            State = TenantState.Uninitialized,
        };
        var others = registry.All.Where(t => !string.Equals(t.Name, request.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var regional = RegionPlacement.Applies(request);
        var tenant = regional ? RegionPlacement.Place(unplaced, request, options.Value, others, errors) : WithDatabase(errors, unplaced, request);
        tenant = TenantDatabaseRule.Check(tenant, !regional && request.ConnectionString is not null, others, paths, options.Value, errors);

        if (!errors.Any)
        {
            errors.Add(regional ? "region" : "connectionString", await TenantDatabaseProvisioner.ProbeAsync(TenantConnection.For(tenant, ""), cancellationToken));
        }

        errors.ThrowIfAny();
        return tenant;
    }

    /// <summary>Applies an edit of hosts, prefix, feature profile or template to an existing tenant, with the same checks as a create.</summary>
    public async Task<TenantSettings> ValidateEditAsync(TenantSettings tenant, TenantEdit edit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var hosts = edit.Hosts is null ? [.. tenant.Hosts] : NormalizeHosts(edit.Hosts);
        var prefix = edit.UrlPrefix is null ? tenant.UrlPrefix : NormalizePrefix(edit.UrlPrefix);
        CheckAddress(tenant.Name, hosts, prefix, errors);
        CheckWildcards(tenant.Name, hosts, tenant.Hosts, edit.AllowWildcard, errors);
        var profile = edit.FeatureProfile is null ? tenant.FeatureProfile : string.IsNullOrWhiteSpace(edit.FeatureProfile) ? null : edit.FeatureProfile;
        await CheckProfileAsync(profile, errors, cancellationToken);
        var template = edit.Template is null ? tenant.Template : string.IsNullOrWhiteSpace(edit.Template) ? null : edit.Template.Trim();
        await CheckTemplateAsync(template, errors, cancellationToken);
        errors.ThrowIfAny();
        return tenant with { Hosts = hosts, UrlPrefix = prefix, FeatureProfile = profile, Template = template };
    }

    /// <summary>Hosts as they are stored and compared: <see cref="HostNames.Normalize"/> (case, port, trailing dot), no duplicates.</summary>
    public static List<string> NormalizeHosts(IEnumerable<string> hosts) =>
        [.. hosts.Select(HostNames.Normalize).Where(h => h.Length > 0).Distinct()];

    public static string? NormalizePrefix(string? prefix) =>
        string.IsNullOrWhiteSpace(prefix) ? null : prefix.Trim().Trim('/');

    private void CheckAddress(string name, List<string> hosts, string? prefix, ValidationErrors errors)
    {
        var others = registry.All.Where(t => !string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (hosts.All(h => h.Length <= HostNames.MaxLength) && string.Join('\n', hosts).Length > MaxHostsLength)
        {
            errors.Add("hosts", $"The host names take {string.Join('\n', hosts).Length} characters together; a store has at most {MaxHostsLength}.");
        }

        foreach (var host in hosts)
        {
            errors.Add("hosts", TenantNameRules.CheckHost(host));
            var owner = others.FirstOrDefault(t => t.Hosts.Any(h => HostNames.Same(h, host))
                && string.Equals(t.UrlPrefix, prefix, StringComparison.OrdinalIgnoreCase));
            if (owner is not null)
            {
                errors.Add("hosts", $"Host '{host}'{(prefix is null ? "" : $" with prefix '{prefix}'")} is already used by tenant '{owner.Name}'.");
            }
        }

        errors.Add("urlPrefix", TenantNameRules.CheckPrefix(prefix));
        if (hosts.Count == 0 && prefix is not null && others.Any(t => t.Hosts.Count == 0 && string.Equals(t.UrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("urlPrefix", $"URL prefix '{prefix}' is already used.");
        }

        if (hosts.Count == 0 && prefix is null)
        {
            errors.Add("hosts", "A tenant needs at least one host name or a URL prefix.");
        }

        OriginIsolationRule.Check(name, hosts, prefix, others, errors);
    }

    /// <summary>
    /// A new wildcard host that covers other stores' host names answers for every unknown name beside them (a mistyped or
    /// removed store's address): only a request that says so may add one.
    /// </summary>
    private void CheckWildcards(string name, List<string> hosts, IReadOnlyList<string> kept, bool allowed, ValidationErrors errors)
    {
        if (allowed)
        {
            return;
        }

        var others = registry.All.Where(t => !string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var wildcard in hosts.Where(HostNames.IsWildcard).Where(h => !kept.Any(k => HostNames.Same(k, h))))
        {
            var covered = others.Where(t => t.Hosts.Any(h => HostNames.Covers(wildcard, h))).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
            if (covered.Count > 0)
            {
                errors.Add("hosts", $"Wildcard '{wildcard}' covers the host names of {string.Join(", ", covered.Take(5))}{(covered.Count > 5 ? $" and {covered.Count - 5} more" : "")}: "
                    + "it would answer for every unknown name beside them. Send allowWildcard to mean it.");
            }
        }
    }

    private async Task CheckProfileAsync(string? profile, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(profile) && await profiles.FindAsync(profile, cancellationToken) is null)
        {
            errors.Add("featureProfile", $"There is no feature profile '{profile}'.");
        }
    }

    private async Task CheckTemplateAsync(string? template, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (template is not null && TemplateChain.Resolve(template, await templates.AllAsync(cancellationToken), out var error) is null)
        {
            errors.Add("template", error);
        }
    }

    private const int MaxHostsLength = 2000;

    private TenantSettings WithDatabase(ValidationErrors errors, TenantSettings tenant, TenantRequest request)
    {
        var defaults = options.Value.TenantDatabase;
        var provider = request.DatabaseProvider ?? defaults.Provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            return tenant with { DatabaseProvider = provider, ConnectionString = request.ConnectionString, Tier = TenantTiers.Sqlite };
        }

        var connection = request.ConnectionString ?? defaults.ConnectionString;
        if (string.IsNullOrWhiteSpace(connection))
        {
            errors.Add("connectionString", "PostgreSQL needs a connection string (server, user, password).");
            return tenant with { DatabaseProvider = provider };
        }

        var safeName = tenant.Name.ToLowerInvariant().Replace('-', '_');
        var schema = request.Schema ?? (defaults.SchemaPerTenant && request.ConnectionString is null ? $"tenant_{safeName}" : null);
        if (schema is null && request.ConnectionString is null)
        {
            try
            {
                connection = new Npgsql.NpgsqlConnectionStringBuilder(connection) { Database = $"multistore_{safeName}" }.ToString();
            }
            catch (ArgumentException exception)
            {
                errors.Add("connectionString", $"The host's tenant database setting is not a PostgreSQL connection string: {exception.Message}");
            }
        }

        return tenant with
        {
            DatabaseProvider = provider, ConnectionString = connection, Schema = schema, Tier = schema is null ? TenantTiers.Database : TenantTiers.Schema,
        };
    }
}
