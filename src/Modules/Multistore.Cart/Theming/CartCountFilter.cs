using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Multistore.Cart.Endpoints;
using Multistore.Http;
using Multistore.Theming;

namespace Multistore.Cart.Theming;

/// <summary>
/// <c>{% assign cart_count = request | cart_count %}</c> in a header: how many items the shopper's open cart holds (the
/// signed-in customer's, else the guest cart of the cart cookie), 0 without one. Only a request that carries the cart
/// cookie or a sign-in can have items, and the page cache neither serves nor stores such requests
/// (<see cref="PersonalCookies"/>), so a cached page always says 0 and never shows one shopper's count to another.
/// </summary>
internal sealed class CartCountFilter(CartDbContext db, IHttpContextAccessor http) : ITemplateFilter
{
    public const string Name = "cart_count";

    public async ValueTask<object?> InvokeAsync(object? input, IReadOnlyList<object?> arguments, TemplateFilterContext context)
    {
        if (http.HttpContext is not { } request)
        {
            return 0;
        }

        var carts = db.Carts.AsNoTracking().Where(c => !c.IsCheckedOut);
        if (CartPageEndpoints.CustomerId(request) is { } customer)
        {
            carts = carts.Where(c => c.CustomerId == customer).OrderByDescending(c => c.UpdatedUtc).Take(1);
        }
        else if (CartCookie.Read(request) is { } id)
        {
            carts = carts.Where(c => c.Id == id);
        }
        else
        {
            return 0;
        }

        return await carts.SelectMany(c => c.Lines).SumAsync(l => l.Quantity, context.CancellationToken);
    }
}
