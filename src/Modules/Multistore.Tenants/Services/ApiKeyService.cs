using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Multistore.Setup;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Domain;

namespace Multistore.Tenants.Services;

/// <summary>Issues, checks and revokes API keys; keys are random, stored as SHA-256 hashes, compared by hash.</summary>
internal sealed class ApiKeyService(TenantsDbContext db)
{
    private const string KeyPrefix = "msk_";

    public async Task<IssuedApiKey> IssueAsync(string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            errors["name"] = ["A key needs a name of at most 100 characters, e.g. 'provisioning pipeline'."];
        }

        var unknown = permissions.Except(TenantsPermissions.All).ToList();
        if (permissions.Count == 0 || unknown.Count > 0)
        {
            errors["permissions"] = [$"Grant one or more of: {string.Join(", ", TenantsPermissions.All)}.{(unknown.Count > 0 ? $" Unknown: {string.Join(", ", unknown)}." : "")}"];
        }

        if (errors.Count > 0)
        {
            throw new TenantValidationException(errors);
        }

        var secret = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            Prefix = secret[..12],
            Hash = HashOf(secret),
            Permissions = string.Join(' ', permissions.Distinct()),
            CreatedUtc = DateTime.UtcNow,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(key, secret);
    }

    /// <summary>The active key with this secret, or null.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = HashOf(secret);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedUtc == null, cancellationToken);
        if (key is not null && (key.LastUsedUtc is null || key.LastUsedUtc < DateTime.UtcNow.AddMinutes(-1)))
        {
            key.LastUsedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
        }

        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ApiKeys.Where(k => k.Id == id && k.RevokedUtc == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedUtc, DateTime.UtcNow), cancellationToken) > 0;

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
