using System.Globalization;
using Microsoft.Extensions.Localization;
using Multistore.Commerce;
using Multistore.Orders.Models;

namespace Multistore.Orders.Services;

/// <summary>
/// What the shopper does next to pay, read from the payment's next action (a dictionary made for apps) and said in
/// <paramref name="culture"/>: the store's account and the reference for a transfer, the courier and the fee for
/// cash on delivery, the due date for an invoice, or that the payment went through.
/// </summary>
internal sealed class OrderPaymentSteps(IStringLocalizer localizer, CultureInfo culture)
{
    public OrderNextStep? For(OrderView order)
    {
        var action = order.Payment?.NextAction ?? new Dictionary<string, string>();
        var type = action.GetValueOrDefault("type");
        if (order.Status is nameof(OrderStatus.Pending) && order.Payment is { Status: "Pending" })
        {
            return type switch
            {
                "bank_transfer_instructions" => BankTransfer(order, action),
                "pay_on_delivery" => CashOnDelivery(order),
                _ => null,
            };
        }

        // An invoice is accepted at once (the order is paid as far as the shop goes) and stays owed until staff receive the money.
        if (type == "invoice" && order.Payment is { Status: "Authorized" } && order.Status is not (nameof(OrderStatus.Cancelled) or nameof(OrderStatus.Refunded)))
        {
            return Invoice(order, action);
        }

        return order.Status is nameof(OrderStatus.Paid) or nameof(OrderStatus.Processing)
            ? new OrderNextStep { Kind = "paid", Title = localizer["Payment received"], Text = localizer["Your payment of {0} went through. We are preparing your order.", Money(order.Totals.Grand)] }
            : null;
    }

    private OrderNextStep BankTransfer(OrderView order, IReadOnlyDictionary<string, string> transfer)
    {
        var details = new List<OrderDetail> { new(localizer["Account holder"], transfer.GetValueOrDefault("account_holder", "")) };
        if (transfer.GetValueOrDefault("bank_name") is { Length: > 0 } bank)
        {
            details.Add(new(localizer["Bank"], bank));
        }

        details.Add(new("IBAN", transfer.GetValueOrDefault("iban", "")));
        if (transfer.GetValueOrDefault("bic") is { Length: > 0 } bic)
        {
            details.Add(new("BIC", bic));
        }

        details.Add(new(localizer["Amount"], Money(order.Totals.Grand)));
        details.Add(new(localizer["Reference"], transfer.GetValueOrDefault("reference", order.Number)));
        return new OrderNextStep
        {
            Kind = "bank-transfer", Title = localizer["Pay by bank transfer"],
            Text = localizer["Please transfer the total to this account, with the reference, so we can send your order."],
            Details = details, Note = transfer.GetValueOrDefault("instructions") is { Length: > 0 } note ? note : null,
        };
    }

    private OrderNextStep CashOnDelivery(OrderView order)
    {
        var details = new List<OrderDetail> { new(localizer["Amount to pay the courier"], Money(order.Totals.Grand)) };
        if (order.Totals.PaymentFee.Amount > 0)
        {
            details.Add(new(localizer["Cash on delivery fee (included)"], Money(order.Totals.PaymentFee)));
        }

        return new OrderNextStep
        {
            Kind = "cash-on-delivery", Title = localizer["Pay on delivery"],
            Text = localizer["Please pay the courier {0} in cash when your order arrives.", Money(order.Totals.Grand)], Details = details,
        };
    }

    private OrderNextStep Invoice(OrderView order, IReadOnlyDictionary<string, string> invoice)
    {
        var details = new List<OrderDetail> { new(localizer["Amount"], Money(order.Totals.Grand)) };
        var text = localizer["We send your order with an invoice."].Value;
        if (DateOnly.TryParseExact(invoice.GetValueOrDefault("due_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            var days = due.DayNumber - DateOnly.FromDateTime(order.CreatedUtc).DayNumber;
            var dueText = due.ToString("d", culture);
            text = localizer["We send your order with an invoice. Please pay it within {0} days, by {1}.", days.ToString(culture), dueText];
            details.Add(new(localizer["Due date"], dueText));
        }

        details.Add(new(localizer["Reference"], invoice.GetValueOrDefault("reference", order.Number)));
        return new OrderNextStep { Kind = "invoice", Title = localizer["Pay by invoice"], Text = text, Details = details };
    }

    private string Money(Money money) => Currency.Format(money.Amount, money.Currency, culture);
}
