using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Farm;

namespace Multistore.Users.Services;

/// <summary>
/// The account doors' limits of one store: one fixed window per client address, one per account. An attempt needs a
/// permit from both; an account is keyed by a hash of its normalized address, so a megabyte "email" costs the limiter
/// 64 characters. The windows come from <see cref="IFarmRateLimits"/>, so on a farm they count across every node.
/// </summary>
public sealed class AccountDoorLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly AccountDoorLimits _limits;

    public AccountDoorLimiter(IOptions<AccountDoorLimits> options, IFarmRateLimits farm)
    {
        _limits = options.Value;
        _addresses = PartitionedRateLimiter.Create<string, string>(key => farm.FixedWindow("account-door:address", key, _limits.PerAddress, _limits.AddressWindow));
        _accounts = PartitionedRateLimiter.Create<string, string>(key => farm.FixedWindow("account-door:account", key, _limits.PerAccount, _limits.AccountWindow));
    }

    /// <summary>Null when the attempt may go ahead; otherwise how long the client should wait.</summary>
    public async ValueTask<TimeSpan?> TryEnterAsync(HttpContext context, string? account)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using (var byAddress = await _addresses.AcquireAsync(address, 1, context.RequestAborted))
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

        using var byAccount = await _accounts.AcquireAsync(key, 1, context.RequestAborted);
        return byAccount.IsAcquired ? null : RetryAfter(byAccount, _limits.AccountWindow);
    }

    public void Dispose()
    {
        _addresses.Dispose();
        _accounts.Dispose();
    }

    private static string? KeyOf(string? account)
    {
        var normalized = account?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(normalized) ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan window) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : window;
}
