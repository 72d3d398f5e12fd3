using Microsoft.Extensions.Options;
using Multistore.Health;
using Multistore.Settings;

namespace Multistore.Catalog.Services;

/// <summary>The catalog's reads as the home and category pages run them: the first products and the category tree.</summary>
public sealed class CatalogHealthProbe(IProductCatalog catalog, IOptions<SiteSettings> site) : IStoreHealthProbe
{
    public string Name => "Catalog";

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await catalog.ListActiveAsync(site.Value.DefaultCulture, 0, 1, cancellationToken);
        await catalog.ListCategoriesAsync(site.Value.DefaultCulture, cancellationToken);
    }
}
