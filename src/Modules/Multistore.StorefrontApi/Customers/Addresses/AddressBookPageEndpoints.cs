using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary><c>/account/addresses</c>: the web storefront's address book (list and add), <c>/account/addresses/{id}</c> (edit), one form post for every change.</summary>
public static class AddressBookPageEndpoints
{
    public static IEndpointRouteBuilder MapAddressBookPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AddressBookPages.Path, (HttpContext context, AddressBookPages pages, CancellationToken ct) => pages.ShowAsync(context, editing: null, ct))
            .WithName("StorefrontApiAddressBookPage").ExcludeFromDescription();
        endpoints.MapGet(AddressBookPages.Path + "/{id:guid}", (Guid id, HttpContext context, AddressBookPages pages, CancellationToken ct) => pages.ShowAsync(context, id, ct))
            .WithName("StorefrontApiAddressEditPage").ExcludeFromDescription();
        endpoints.MapPost(AddressBookPages.Path, (HttpContext context, AddressBookPages pages, CancellationToken ct) => pages.PostAsync(context, ct))
            .WithName("StorefrontApiAddressBookForm").ExcludeFromDescription();
        return endpoints;
    }
}
