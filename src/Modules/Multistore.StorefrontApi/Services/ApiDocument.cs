using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Multistore.Settings;

namespace Multistore.StorefrontApi.Services;

/// <summary>The tenant's OpenAPI document: the Storefront API's endpoints alone, titled with the store's name.</summary>
public static class ApiDocument
{
    public static IServiceCollection AddStorefrontApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(StorefrontApiRoutes.DocumentName, options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(StorefrontApiRoutes.Base.TrimStart('/'), StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer((document, context, _) =>
            {
                var site = context.ApplicationServices.GetRequiredService<IOptions<SiteSettings>>().Value;
                document.Info = new OpenApiInfo
                {
                    Title = $"{site.SiteName} Storefront API",
                    Version = StorefrontApiRoutes.DocumentName,
                    Description = $"Catalog, cart, checkout and orders of {site.SiteName} for apps and kiosks. Money is {{ amount, currency }}; prices are in {site.Currency}. Send X-Touchpoint: app or kiosk.",
                };
                return Task.CompletedTask;
            });
        });
}
