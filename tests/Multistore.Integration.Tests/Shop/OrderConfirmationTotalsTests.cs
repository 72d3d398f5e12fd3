using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Orders.Mail;
using Multistore.Orders.Services;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// The confirmation email adds up as the order does: lines before the coupon, the discount once, shipping, the payment
/// method's fee, tax and total in the shopper's language; and the fee is taxed as shipping is.
/// </summary>
[Collection(CommerceStore.Collection)]
public sealed class OrderConfirmationTotalsTests
{
    [Fact]
    public async Task PaymentFeeIsTaxedLikeShippingAndShownInTheOrderTotals()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("CHAIR", 1));
        await store.WithAsync(s => s.GetRequiredService<ICartService>().ApplyCouponAsync(cart.Id, "TEN", Touchpoints.Web, CancellationToken.None));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "fee-" + Guid.NewGuid(), payment: "test-transfer"));
        var order = await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().FindByNumberAsync(placed.Number, placed.OrderToken, CancellationToken.None));

        // 120 − 12 coupon, free shipping, 1.50 fee; 19% VAT included in 108 (17.24) and in the fee (0.24).
        Assert.Equal(new Money(109.50m, "EUR"), placed.Total);
        Assert.Equal(new Money(1.50m, "EUR"), order!.Totals.PaymentFee);
        Assert.Equal(new Money(17.48m, "EUR"), order.Totals.Tax);
    }

    [Fact]
    public async Task EmailCountsTheDiscountOnceShowsTheFeeAndSpeaksTheShoppersLanguage()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("CHAIR", 1));
        await store.WithAsync(s => s.GetRequiredService<ICartService>().ApplyCouponAsync(cart.Id, "TEN", Touchpoints.Web, CancellationToken.None));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "mail-" + Guid.NewGuid(), payment: "test-transfer"));
        var folder = await store.WithAsync(s => Task.FromResult(s.GetRequiredService<MailSender>().PickupFolder));
        var mail = MimeKit.MimeMessage.Load(Assert.Single(Directory.GetFiles(folder, "*.eml"))).HtmlBody ?? "";
        var rows = HtmlPage.Parse(mail).All("tr").Where(tr => tr.Children.Length == 2)
            .Select(tr => (Label: tr.Children[0].TextContent.Trim(), Amount: tr.Children[1].TextContent.Trim())).ToList();

        Assert.Contains(rows, r => r.Label.EndsWith("Stuhl", StringComparison.Ordinal) && r.Amount.StartsWith("120,00", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Amount.StartsWith('−'));
        Assert.Contains(rows, r => r.Label == "Rabatt" && r.Amount.StartsWith("−12,00", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Label == "Zahlungsgebühr" && r.Amount.StartsWith("1,50", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Label == "Enthaltene MwSt." && r.Amount.StartsWith("17,48", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Label == "Gesamt" && r.Amount.StartsWith("109,50", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Label is "Total" || r.Label.Contains("Tax", StringComparison.Ordinal));
    }
}
