using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Multistore.Payments.Stripe.Domain;

/// <summary>
/// Checks a <c>Stripe-Signature</c> header (<c>t=timestamp,v1=HMAC-SHA256(secret, "t.payload")</c>, several v1 while
/// a secret is rolled) the way Stripe documents it, telling apart a missing or malformed header, a signature that
/// does not match the secret, and a matching one whose timestamp is outside the tolerance (a replay or a wrong
/// clock): the signature first, so a forged header learns nothing about the clock.
/// </summary>
internal static class StripeSignature
{
    public static StripeWebhookOutcome Check(string payload, string? header, string secret, DateTimeOffset now, long toleranceSeconds)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return StripeWebhookOutcome.MissingSignature;
        }

        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var timestamps = parts.Where(p => p[0].Trim() == "t").Select(p => p[1].Trim()).ToList();
        var signatures = parts.Where(p => p[0].Trim() == "v1").Select(p => p[1].Trim()).ToList();
        if (timestamps.Count != 1 || signatures.Count == 0 || !long.TryParse(timestamps[0], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return StripeWebhookOutcome.MalformedSignature;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamps[0]}.{payload}"));
        if (!signatures.Any(s => Matches(s, expected)))
        {
            return StripeWebhookOutcome.BadSignature;
        }

        return Math.Abs(now.ToUnixTimeSeconds() - timestamp) > toleranceSeconds ? StripeWebhookOutcome.TimestampOutsideTolerance : StripeWebhookOutcome.Handled;
    }

    private static bool Matches(string hex, byte[] expected)
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(hex), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
