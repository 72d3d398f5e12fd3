using System.Collections;
using System.Globalization;
using Multistore.Commerce;
using Multistore.Recommendations.Services;
using Multistore.Theming;

namespace Multistore.Recommendations.Theming;

/// <summary>
/// <c>{% assign recs = product.sku | recommendations: 4 %}</c> on a product page, <c>{% assign recs = skus | recommendations: 4 %}</c>
/// with the cart's SKUs: a <see cref="RecommendationsView"/>, from the same <see cref="IProductRecommendations"/> the
/// Storefront API answers from.
/// </summary>
internal sealed class RecommendationsFilter(IProductRecommendations recommendations, SkuProducts skus, RecommendationCards cards) : ITemplateFilter
{
    public const string Name = "recommendations";
    public const int DefaultCount = 4;
    public const int MaxCount = 12;

    public async ValueTask<object?> InvokeAsync(object? input, IReadOnlyList<object?> arguments, TemplateFilterContext context)
    {
        var count = Count(arguments);
        var culture = context.Culture.Name;
        var cancellationToken = context.CancellationToken;
        IReadOnlyList<RecommendedProduct> found;
        switch (input)
        {
            case string sku when sku.Length > 0:
                var products = await skus.ProductsOfAsync([sku], cancellationToken);
                found = products.Count == 0 ? [] : await recommendations.ForProductAsync(products[0], culture, count, cancellationToken);
                break;
            case IEnumerable values and not string:
                var list = values.Cast<object?>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).OfType<string>().Where(s => s.Length > 0).Take(100).ToList();
                found = list.Count == 0 ? [] : await recommendations.ForCartAsync(list, culture, count, cancellationToken);
                break;
            default:
                found = [];
                break;
        }

        return await cards.ForAsync(found, culture, cancellationToken);
    }

    private static int Count(IReadOnlyList<object?> arguments)
    {
        if (arguments.Count == 0 || arguments[0] is null)
        {
            return DefaultCount;
        }

        try
        {
            return Math.Clamp(Convert.ToInt32(arguments[0], CultureInfo.InvariantCulture), 1, MaxCount);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            return DefaultCount;
        }
    }
}
