namespace Multistore.Users.Services;

/// <summary>
/// Host configuration <c>Multistore:AccountLimits</c>: how many sign-in, sign-up and password-reset attempts a store
/// takes from one client address and for one account (e-mail address) in a window, before it answers 429 with
/// Retry-After. Each store counts its own.
/// </summary>
public sealed class AccountDoorLimits
{
    public const string SectionName = "Multistore:AccountLimits";

    public int PerAddress { get; set; } = 10;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int PerAccount { get; set; } = 5;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(10);
}
