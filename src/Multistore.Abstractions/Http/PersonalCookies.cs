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

    /// <summary>The store's sign-in cookie.</summary>
    public static string SignIn(string tenant) => $".Multistore.{tenant}.Auth";

    /// <summary>Whether <paramref name="request"/> carries an Authorization header or one of the store's personal cookies.</summary>
    public static bool AreIn(HttpRequest request, string signInCookie)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return true;
        }

        foreach (var cookie in request.Cookies)
        {
            var name = cookie.Key;
            if (name.StartsWith(AspNetCorePrefix, StringComparison.Ordinal) || name == Cart || name == signInCookie)
            {
                return true;
            }
        }

        return false;
    }
}
