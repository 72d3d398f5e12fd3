namespace Multistore.Theming;

/// <summary>
/// A Liquid filter a module adds to every template of the store while its feature is on, so a theme can ask a module
/// for data no page model carries (<c>{% assign recs = product.sku | recommendations: 4 %}</c>). Register it with
/// <see cref="TemplateFilterServiceCollectionExtensions.AddTemplateFilter{TFilter}"/>; it is resolved from the
/// request's scope for each use. A store without the feature has no such filter, and Liquid hands the input back
/// unchanged, so a template tests what it got before showing it.
/// </summary>
public interface ITemplateFilter
{
    /// <summary>
    /// The filter's value for <paramref name="input"/> and its positional <paramref name="arguments"/> (strings,
    /// numbers, booleans, arrays of them, or null). Return null for nothing, or a view-model record whose public
    /// properties templates read in snake_case, as they read a page's model.
    /// </summary>
    ValueTask<object?> InvokeAsync(object? input, IReadOnlyList<object?> arguments, TemplateFilterContext context);
}
