namespace Multistore.Tenancy;

/// <summary>
/// One spelling per host name, used wherever hosts are stored or compared (registry, resolver, origin isolation):
/// browsers and cookies do not tell case, port or a trailing dot apart, so neither may the host
/// (<c>nordic-se.localhost:5510</c> is <c>nordic-se.localhost</c>).
/// </summary>
internal static class HostNames
{
    /// <summary>The longest DNS name (RFC 1035).</summary>
    public const int MaxLength = 253;

    /// <summary>The longest label between dots.</summary>
    public const int MaxLabelLength = 63;

    /// <summary>Lowercase, without port or trailing dot; a wildcard keeps its leading <c>*.</c>.</summary>
    public static string Normalize(string host)
    {
        var name = host.Trim();
        if (name.StartsWith('['))
        {
            var end = name.IndexOf(']', StringComparison.Ordinal);
            name = end > 0 ? name[..(end + 1)] : name;
        }
        else if (name.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && colon == name.LastIndexOf(':'))
        {
            name = name[..colon];
        }

        return name.TrimEnd('.').ToLowerInvariant();
    }

    public static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    public static bool IsWildcard(string host) => host.StartsWith("*.", StringComparison.Ordinal);

    /// <summary>Whether the wildcard (<c>*.example.com</c>) answers for the plain host name (<c>shop.example.com</c>).</summary>
    public static bool Covers(string wildcard, string host)
    {
        if (!IsWildcard(wildcard) || IsWildcard(host))
        {
            return false;
        }

        var suffix = Normalize(wildcard)[1..];
        var name = Normalize(host);
        return name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal);
    }

    /// <summary>A host too long for DNS, named by its start (a 70,000-character value is not echoed back).</summary>
    public static string? CheckLength(string host)
    {
        if (host.Length > MaxLength)
        {
            return $"Host '{Shorten(host)}' has {host.Length} characters; a host name has at most {MaxLength}.";
        }

        var label = host.Split('.').FirstOrDefault(l => l.Length > MaxLabelLength);
        return label is null ? null : $"Host '{Shorten(host)}' has a label of {label.Length} characters; each part between dots has at most {MaxLabelLength}.";
    }

    /// <summary>The start of a long value, for messages.</summary>
    public static string Shorten(string value) => value.Length <= 80 ? value : value[..60] + "…";
}
