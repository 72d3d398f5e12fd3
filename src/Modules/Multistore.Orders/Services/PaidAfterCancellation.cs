using Multistore.Commerce;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// Money that arrives for an order already cancelled (a bank confirming a card payment after the hold ran out, a
/// transfer received late): the order stays cancelled, its stock may be sold, so staff decide (refund, or reinstate
/// by hand). The order gets a note that starts with <see cref="NeedsAttention"/>, which the admin's order list shows.
/// </summary>
internal sealed class PaidAfterCancellation(OrdersDbContext db)
{
    public const string NeedsAttention = "Needs attention";

    public async Task NoteAsync(Order order, PaymentStatusChanged payment, CancellationToken cancellationToken)
    {
        db.Notes.Add(new OrderNote
        {
            OrderId = order.Id,
            Author = "system",
            Text = $"{NeedsAttention}: {payment.Amount.Amount:0.00} {payment.Amount.Currency} was paid ({payment.ProviderCode}) after the order was cancelled. Refund it, or fulfil the order if its items are still in stock.",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
