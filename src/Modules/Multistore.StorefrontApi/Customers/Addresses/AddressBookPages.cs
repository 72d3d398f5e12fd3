using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Checkout.Services;
using Multistore.Theming;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>
/// The signed-in shopper's address book on the web storefront, over the same <see cref="CustomerAddressBook"/> as the
/// API: list, add, edit, delete and choose the default. Changes redirect back to the list with a notice; a refused
/// change shows the form again with the shopper's input and the error naming the field.
/// </summary>
internal sealed class AddressBookPages(CustomerAddressBook book, ICheckoutService checkout, IThemeViewRenderer views, IAntiforgery antiforgery)
{
    public const string Path = "/account/addresses";

    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["added"] = "The address was added.", ["saved"] = "The address was saved.", ["deleted"] = "The address was deleted.", ["default"] = "The default address was changed.",
    };

    /// <summary>The list with the add form, or with <paramref name="editing"/>'s edit form.</summary>
    public async Task<ContentHttpResult> ShowAsync(HttpContext context, Guid? editing, CancellationToken cancellationToken)
    {
        if (CustomerOf(context) is not { } customer)
        {
            return await RenderAsync(context, customer: null, [], status: StatusCodes.Status401Unauthorized, cancellationToken: cancellationToken);
        }

        var addresses = await book.ListAsync(customer, cancellationToken);
        var edited = editing is { } id ? addresses.FirstOrDefault(a => a.Id == id) : null;
        if (editing is not null && edited is null)
        {
            return await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
        }

        var notice = Notices.GetValueOrDefault(context.Request.Query["done"].ToString());
        var form = edited is null ? await EmptyAsync(cancellationToken) : new AddressInput(edited.Name, edited.Company, edited.Line1, edited.Line2, edited.City, edited.PostalCode, edited.Region, edited.Country, edited.Phone, edited.IsDefault);
        return await RenderAsync(context, customer, addresses, new Draft(form, Editing: edited?.Id.ToString(), Notice: notice), cancellationToken: cancellationToken);
    }

    public async Task<Results<BadRequest, ContentHttpResult, RedirectHttpResult>> PostAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        if (CustomerOf(context) is not { } customer)
        {
            return await RenderAsync(context, customer: null, [], status: StatusCodes.Status401Unauthorized, cancellationToken: cancellationToken);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var id = Guid.TryParse(form["id"], out var parsed) ? parsed : (Guid?)null;
        var input = Read(form);
        var (change, done) = form["action"].ToString() switch
        {
            "update" when id is { } existing => (await book.UpdateAsync(customer, existing, input, cancellationToken), "saved"),
            "delete" when id is { } existing => (await book.DeleteAsync(customer, existing, cancellationToken) ? new AddressChange(null, []) : null, "deleted"),
            "default" when id is { } existing => (await MakeDefaultAsync(customer, existing, cancellationToken), "default"),
            _ => (await book.AddAsync(customer, input, cancellationToken), "added"),
        };

        if (change is null)
        {
            return await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
        }

        if (change.Errors.Count > 0)
        {
            var (field, messages) = change.Errors.First();
            var draft = new Draft(input, Editing: id?.ToString(), Error: messages[0], ErrorField: field);
            return await RenderAsync(context, customer, await book.ListAsync(customer, cancellationToken), draft, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return TypedResults.Redirect($"{context.Request.PathBase}{Path}?done={done}");
    }

    private async Task<AddressChange?> MakeDefaultAsync(string customer, Guid id, CancellationToken cancellationToken) =>
        (await book.ListAsync(customer, cancellationToken)).FirstOrDefault(a => a.Id == id) is { } a
            ? await book.UpdateAsync(customer, id, new AddressInput(a.Name, a.Company, a.Line1, a.Line2, a.City, a.PostalCode, a.Region, a.Country, a.Phone, IsDefault: true), cancellationToken)
            : null;

    private async Task<ContentHttpResult> RenderAsync(HttpContext context, string? customer, IReadOnlyList<SavedAddress> addresses, Draft? draft = null, int status = StatusCodes.Status200OK, CancellationToken cancellationToken = default)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        draft ??= new Draft(await EmptyAsync(cancellationToken));
        var page = new AddressBookPage(customer is not null, addresses, draft.Form, draft.Editing, await checkout.CountriesAsync(cancellationToken), draft.Notice, draft.Error, draft.ErrorField,
            tokens.FormFieldName, tokens.RequestToken!);
        return await views.ViewAsync("addresses", page, status);
    }

    private async Task<AddressInput> EmptyAsync(CancellationToken cancellationToken) =>
        new(null, null, null, null, null, null, null, await checkout.CountriesAsync(cancellationToken) is [var first, ..] ? first.Country : null, null);

    private static AddressInput Read(IFormCollection form) => new(
        form["name"], form["company"], form["line1"], form["line2"], form["city"], form["postalCode"], form["region"], form["country"], form["phone"],
        form["isDefault"] == "true");

    private static string? CustomerOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    private sealed record Draft(AddressInput Form, string? Editing = null, string? Notice = null, string? Error = null, string? ErrorField = null);
}
