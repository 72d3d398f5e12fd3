using System.Globalization;
using Microsoft.Extensions.Localization;
using Multistore.Commerce;
using Multistore.Orders.Mail;
using Multistore.Orders.Models;

namespace Multistore.Orders.Services;

/// <summary>
/// Turns an order into what its shopper reads (<see cref="OrderConfirmation"/>) in the current culture: the payment's
/// next action into sentences and labelled, formatted values per method, the addresses per country, the pickup place.
/// </summary>
public sealed class OrderConfirmationReader(IStringLocalizer localizer, IEnumerable<IShippingRateProvider> shipping)
{
    public async Task<OrderConfirmation> ReadAsync(OrderView order, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture;
        var billing = order.BillingAddress == order.ShippingAddress ? [] : Lines(order.BillingAddress);
        var payment = new OrderPaymentSteps(localizer, culture).For(order);
        var delivery = order.Status is nameof(OrderStatus.Cancelled) or nameof(OrderStatus.PaymentFailed) or nameof(OrderStatus.Refunded)
            ? null
            : await DeliveryAsync(order, cancellationToken);
        return new OrderConfirmation
        {
            EmailNotice = EmailNotice(order),
            ShippingAddress = Lines(order.ShippingAddress),
            BillingAddress = billing,
            Steps = [.. new[] { payment, delivery }.OfType<OrderNextStep>()],
        };
    }

    /// <summary>The address as its country writes it, the country named in the shopper's language (PO msgid: its English name).</summary>
    private IReadOnlyList<string> Lines(Address address) =>
        PostalAddressLines.Of(address, localizer[PostalAddressLines.EnglishCountryName(address.Country)]);

    private string EmailNotice(OrderView order) =>
        OrderConfirmationMoment.AtPlacement(order) || order.Status is not (nameof(OrderStatus.Pending) or nameof(OrderStatus.PaymentFailed))
            ? localizer["We e-mailed you a confirmation at {0}.", order.Email]
            : localizer["We will e-mail you a confirmation at {0} as soon as your payment is through.", order.Email];

    private async Task<OrderNextStep> DeliveryAsync(OrderView order, CancellationToken cancellationToken)
    {
        if (!order.ShippingMethodCode.StartsWith(ShippingQuote.PickupCodePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new OrderNextStep
            {
                Kind = "delivery", Title = localizer["Delivery"],
                Text = localizer["We will e-mail you as soon as your order is on its way ({0}).", order.ShippingMethod],
            };
        }

        var place = await PickupPlaceAsync(order, cancellationToken) ?? order.ShippingMethod;
        return new OrderNextStep
        {
            Kind = "pickup", Title = localizer["Pick up your order"],
            Text = localizer["We will e-mail you when your order is ready to collect. Bring your order number {0}.", order.Number],
            Details = [new OrderDetail(localizer["Where"], place), new OrderDetail(localizer["When"], localizer["During the store's opening hours, once we e-mailed you that it is ready"])],
        };
    }

    /// <summary>The pickup location's name and address as the shipping feature offers it now (the order keeps the method's code and name).</summary>
    private async Task<string?> PickupPlaceAsync(OrderView order, CancellationToken cancellationToken)
    {
        var request = new ShippingRequest(order.ShippingAddress, order.Totals.Items, 0m, order.Touchpoint);
        foreach (var provider in shipping)
        {
            var quotes = await provider.QuoteAsync(request, cancellationToken);
            if (quotes.FirstOrDefault(q => string.Equals(q.Code, order.ShippingMethodCode, StringComparison.OrdinalIgnoreCase)) is { PickupLocation: { } location })
            {
                return location;
            }
        }

        return null;
    }
}
