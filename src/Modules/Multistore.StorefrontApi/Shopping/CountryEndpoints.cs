using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>The countries the store ships to and the address fields each needs, through <see cref="IShippingDestinations"/>.</summary>
public static class CountryEndpoints
{
    public static IEndpointRouteBuilder MapCountryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/countries", ListAsync).WithTags("Checkout").WithName("ListCountries")
            .WithSummary("Countries the store ships to (ISO 3166-1 alpha-2), named in the request's culture, with the address fields each needs in display order: required or not, the postal code pattern with an example, and the allowed region codes (US states, Canadian provinces).")
            .AddEndpointFilter(CatalogCacheFilter.Instance);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ShippingDestination>>> ListAsync(IShippingDestinations destinations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await destinations.ListAsync(cancellationToken));
}
