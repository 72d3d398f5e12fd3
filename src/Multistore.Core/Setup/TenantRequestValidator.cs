using Multistore.Data;
using Multistore.Hosting;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>Turns a request into registry settings, or says per field what is wrong with it.</summary>
public sealed class TenantRequestValidator(TenantRegistry registry, Microsoft.Extensions.Options.IOptions<MultistoreOptions> options)
{
    public async Task<TenantSettings> ValidateAsync(TenantRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string? message)
        {
            if (message is not null)
            {
                (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);
            }
        }

        Add("name", TenantNameRules.CheckName(request.Name));
        if (registry.Find(request.Name) is not null)
        {
            Add("name", $"A tenant named '{request.Name}' already exists.");
        }

        var hosts = request.Hosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList();
        var prefix = string.IsNullOrWhiteSpace(request.UrlPrefix) ? null : request.UrlPrefix.Trim().Trim('/');
        foreach (var host in hosts)
        {
            Add("hosts", TenantNameRules.CheckHost(host));
            var owner = registry.All.FirstOrDefault(t => t.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase)
                && string.Equals(t.UrlPrefix, prefix, StringComparison.OrdinalIgnoreCase));
            if (owner is not null)
            {
                Add("hosts", $"Host '{host}'{(prefix is null ? "" : $" with prefix '{prefix}'")} is already used by tenant '{owner.Name}'.");
            }
        }

        Add("urlPrefix", TenantNameRules.CheckPrefix(prefix));
        if (hosts.Count == 0 && prefix is not null && registry.All.Any(t => t.Hosts.Count == 0 && string.Equals(t.UrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)))
        {
            Add("urlPrefix", $"URL prefix '{prefix}' is already used.");
        }

        if (hosts.Count == 0 && prefix is null)
        {
            Add("hosts", "A tenant needs at least one host name or a URL prefix.");
        }

        var tenant = WithDatabase(new TenantSettings
        {
            Name = request.Name,
            Hosts = hosts,
            UrlPrefix = prefix,
            RecipeName = request.RecipeName,
            FeatureProfile = request.FeatureProfile,
            State = TenantState.Uninitialized,
        }, request);

        if (errors.Count == 0)
        {
            Add("connectionString", await TenantDatabaseProvisioner.ProbeAsync(TenantConnection.For(tenant, ""), cancellationToken));
        }

        if (errors.Count > 0)
        {
            throw new TenantValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        return tenant;
    }

    private TenantSettings WithDatabase(TenantSettings tenant, TenantRequest request)
    {
        var defaults = options.Value.TenantDatabase;
        var provider = request.DatabaseProvider ?? defaults.Provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            return tenant with { DatabaseProvider = provider, ConnectionString = request.ConnectionString };
        }

        var connection = request.ConnectionString ?? defaults.ConnectionString;
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw TenantValidationException.For("connectionString", "PostgreSQL needs a connection string (server, user, password).");
        }

        var safeName = tenant.Name.ToLowerInvariant().Replace('-', '_');
        var schema = request.Schema ?? (defaults.SchemaPerTenant && request.ConnectionString is null ? $"tenant_{safeName}" : null);
        if (schema is null && request.ConnectionString is null)
        {
            connection = new Npgsql.NpgsqlConnectionStringBuilder(connection) { Database = $"multistore_{safeName}" }.ToString();
        }

        return tenant with { DatabaseProvider = provider, ConnectionString = connection, Schema = schema };
    }
}
