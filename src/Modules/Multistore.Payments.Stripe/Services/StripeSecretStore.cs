using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Multistore.Payments.Stripe.Domain;

namespace Multistore.Payments.Stripe.Services;

/// <summary>Writes the Stripe secrets encrypted with the tenant's data protection and reads them back for API calls only.</summary>
internal sealed class StripeSecretStore(StripeDbContext db, IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Multistore.Payments.Stripe.Secrets");

    public async Task<string?> SecretKeyAsync(CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken) is { SecretKeyProtected.Length: > 0 } secrets ? _protector.Unprotect(secrets.SecretKeyProtected) : null;

    public async Task<string?> WebhookSecretAsync(CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken) is { WebhookSecretProtected.Length: > 0 } secrets ? _protector.Unprotect(secrets.WebhookSecretProtected) : null;

    /// <summary>Which secrets are stored, without decrypting them (the admin shows "set", never the value).</summary>
    public async Task<(bool SecretKey, bool WebhookSecret)> StoredAsync(CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken) is { } secrets ? (secrets.SecretKeyProtected.Length > 0, secrets.WebhookSecretProtected.Length > 0) : (false, false);

    /// <summary>Stores the given secrets; a null or empty one keeps what is stored (an admin form left blank).</summary>
    public async Task SaveAsync(string? secretKey, string? webhookSecret, CancellationToken cancellationToken)
    {
        var secrets = await db.Secrets.SingleOrDefaultAsync(s => s.Id == StripeSecrets.SingleId, cancellationToken);
        if (secrets is null)
        {
            secrets = new StripeSecrets();
            db.Secrets.Add(secrets);
        }

        if (!string.IsNullOrWhiteSpace(secretKey))
        {
            secrets.SecretKeyProtected = _protector.Protect(secretKey.Trim());
        }

        if (!string.IsNullOrWhiteSpace(webhookSecret))
        {
            secrets.WebhookSecretProtected = _protector.Protect(webhookSecret.Trim());
        }

        secrets.UpdatedUtc = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<StripeSecrets?> FindAsync(CancellationToken cancellationToken) =>
        db.Secrets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == StripeSecrets.SingleId, cancellationToken);
}
