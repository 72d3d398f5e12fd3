using System.Security.Cryptography;

namespace Multistore.Orders.Services;

/// <summary>
/// Order numbers shoppers can read out on the phone: the date and six characters without look-alikes
/// (261129-7KQ2MX). Unique by index; a clash (about one in a billion a day) is retried.
/// </summary>
public static class OrderNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Next(DateTime nowUtc) =>
        $"{nowUtc:yyMMdd}-{RandomNumberGenerator.GetString(Alphabet, 6)}";

    /// <summary>A secret that lets a guest read their order (in the confirmation link and the API answer).</summary>
    public static string NewAccessToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
