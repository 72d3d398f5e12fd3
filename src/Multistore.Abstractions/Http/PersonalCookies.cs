using Microsoft.AspNetCore.Http;

namespace Multistore.Http;

/// <summary>
/// The cookies that make a request someone's own, by exact name: a page cache neither serves nor stores a page for a
/// request that carries one. The modules that write them take their names from here (the Cart module's cart id, the
/// Users module's sign-in), so the cache knows them without guessing from a name's letters, and knows them whether or
/// not the module that writes them is on in this store (a leftover cookie errs on the side of rendering).
/// </summary>
public static class PersonalCookies
{
    /// <summary>The guest cart's id.</summary>
    public const string Cart = "ms_cart";

    /// <summary>ASP.NET Core's own cookies (session, antiforgery, Identity's external and two-factor ones) all start so.</summary>
    public const string AspNetCorePrefix = ".AspNetCore.";

    private const string SignInStart = ".Multistore.";
    private const string SignInEnd = ".Auth";

    /// <summary>The store's sign-in cookie.</summary>
    public static string SignIn(string tenant) => SignInStart + tenant + SignInEnd;

    /// <summary>Whether <paramref name="request"/> carries an Authorization header or one of <paramref name="tenant"/>'s personal cookies.</summary>
    public static bool AreIn(HttpRequest request, string tenant)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return true;
        }

        foreach (var cookie in request.Cookies)
        {
            var name = cookie.Key;
            if (name.StartsWith(AspNetCorePrefix, StringComparison.Ordinal) || name == Cart || IsSignIn(name, tenant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="SignIn"/> of <paramref name="tenant"/>, compared without building the name on every request.</summary>
    private static bool IsSignIn(string name, string tenant) =>
        name.Length == SignInStart.Length + tenant.Length + SignInEnd.Length
        && name.StartsWith(SignInStart, StringComparison.Ordinal)
        && name.EndsWith(SignInEnd, StringComparison.Ordinal)
        && name.AsSpan(SignInStart.Length, tenant.Length).SequenceEqual(tenant);
}
