using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Multistore.Users.Services;

/// <summary>
/// ASP.NET Core's partitioned rate limiters for the account doors of one store: one fixed window per client address,
/// one per account. An attempt needs a permit from both; an account is keyed by a hash of its normalized address, so
/// a megabyte "email" costs the limiter 64 characters.
/// </summary>
public sealed class AccountDoorLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly AccountDoorLimits _limits;

    public AccountDoorLimiter(IOptions<AccountDoorLimits> options)
    {
        _limits = options.Value;
        _addresses = Create(_limits.PerAddress, _limits.AddressWindow);
        _accounts = Create(_limits.PerAccount, _limits.AccountWindow);
    }

    /// <summary>Null when the attempt may go ahead; otherwise how long the client should wait.</summary>
    public TimeSpan? TryEnter(HttpContext context, string? account)
    {
        using (var byAddress = _addresses.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            if (!byAddress.IsAcquired)
            {
                return RetryAfter(byAddress, _limits.AddressWindow);
            }
        }

        var key = KeyOf(account);
        if (key is null)
        {
            return null;
        }

        using var byAccount = _accounts.AttemptAcquire(key);
        return byAccount.IsAcquired ? null : RetryAfter(byAccount, _limits.AccountWindow);
    }

    public void Dispose()
    {
        _addresses.Dispose();
        _accounts.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window > TimeSpan.Zero ? window : TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    private static string? KeyOf(string? account)
    {
        var normalized = account?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(normalized) ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan window) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : window;
}
