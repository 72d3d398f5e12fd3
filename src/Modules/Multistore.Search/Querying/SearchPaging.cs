using System.Globalization;

namespace Multistore.Search.Querying;

/// <summary>
/// How deep a listing pages: at most <see cref="MaxPageSize"/> items a page and <see cref="MaxDepth"/> items in all, so
/// <c>page=2147483647</c> is a 400 naming <c>page</c> instead of an overflow deep in the search.
/// </summary>
public static class SearchPaging
{
    public const int MaxPageSize = 100;
    public const int MaxDepth = 10_000;

    /// <summary>The errors of a page and page size, keyed by the names the caller's parameters have; empty when both are fine.</summary>
    public static Dictionary<string, string[]> Check(int page, int pageSize, string pageName = "page", string sizeName = "pageSize")
    {
        var errors = new Dictionary<string, string[]>();
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors[sizeName] = [$"{sizeName} must be between 1 and {MaxPageSize}."];
        }

        var last = MaxDepth / Math.Clamp(pageSize, 1, MaxPageSize);
        if (page < 1 || page > last)
        {
            errors[pageName] = [$"{pageName} must be between 1 and {last.ToString(CultureInfo.InvariantCulture)} (results go {MaxDepth} items deep)."];
        }

        return errors;
    }
}
