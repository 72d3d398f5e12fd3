using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Payments.Services;

namespace Multistore.Integration.Tests.Payments;

public sealed class OfflinePaymentTests
{
    private const string Recipe = """
        {
          "name": "offline-payments",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Payments.BankTransfer", "Multistore.Payments.CashOnDelivery", "Multistore.Payments.Invoice", "Multistore.Tests.PaymentEvents" ] },
            { "name": "settings", "Site": { "Currency": "EUR", "DefaultCulture": "de-DE" } },
            { "name": "payments",
              "bankTransfer": { "accountHolder": "Nordic GmbH", "bankName": "Musterbank", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX", "instructions": "Bitte innerhalb von 10 Tagen überweisen." },
              "cashOnDelivery": { "fee": 4.5, "maxAmount": 500 },
              "invoice": { "dueDays": 14 } }
          ]
        }
        """;

    private static readonly Lazy<Task<TestTenant>> Store = new(() => MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe));

    private static PaymentRequest Request(decimal amount, bool signedIn = false, bool business = false) =>
        new(Guid.NewGuid(), "DE-" + Random.Shared.Next(10000, 99999), new Money(amount, "EUR"), "kunde@example.de", "de-DE", Guid.NewGuid().ToString("N"), signedIn, business);

    private static async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = await (await Store.Value).ScopeAsync();
        return await action(scope.ServiceProvider);
    }

    private static Task<IPaymentProvider> ProviderAsync(IServiceProvider services, string code) =>
        Task.FromResult(services.GetServices<IPaymentProvider>().Single(p => p.Code == code));

    [Fact]
    public async Task BankTransferShowsTheAccountAndOrderNumberAndWaitsForTheOperator()
    {
        var request = Request(129.90m);
        var result = await WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).StartAsync(request, CancellationToken.None));

        Assert.Equal(PaymentStatus.Pending, result.Status);
        Assert.Equal("DE89370400440532013000", result.NextAction["iban"]);
        Assert.Equal("Nordic GmbH", result.NextAction["account_holder"]);
        Assert.Equal(request.OrderNumber, result.NextAction["reference"]);
        Assert.Equal("129.90", result.NextAction["amount"]);

        var record = await WithAsync(sp => sp.GetRequiredService<PaymentLedger>().FindByKeyAsync(request.IdempotencyKey, CancellationToken.None));
        var marked = await WithAsync(sp => sp.GetRequiredService<OfflinePaymentReceipts>().MarkReceivedAsync(record!.Id, "operator@nordic", CancellationToken.None));
        var markedTwice = await WithAsync(sp => sp.GetRequiredService<OfflinePaymentReceipts>().MarkReceivedAsync(record!.Id, "operator@nordic", CancellationToken.None));

        Assert.True(marked);
        Assert.False(markedTwice);
        Assert.Equal([PaymentStatus.Succeeded], PaymentEventRecorder.For(request.OrderId));
    }

    [Fact]
    public async Task StartingTwiceWithOneKeyMakesOnePayment()
    {
        var request = Request(50m);
        var first = await WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).StartAsync(request, CancellationToken.None));
        var second = await WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).StartAsync(request, CancellationToken.None));

        Assert.Equal(first.ProviderReference, second.ProviderReference);
    }

    [Fact]
    public async Task CashOnDeliveryCarriesItsFeeAndIsNotOfferedAboveItsLimit()
    {
        var methods = await WithAsync(async sp => (await ProviderAsync(sp, "cash-on-delivery")).Offer(new Money(100m, "EUR"), false, false));
        var tooMuch = await WithAsync(async sp => (await ProviderAsync(sp, "cash-on-delivery")).Offer(new Money(600m, "EUR"), false, false));

        Assert.Equal(new Money(4.5m, "EUR"), methods!.Fee);
        Assert.Null(tooMuch);
    }

    [Fact]
    public async Task InvoiceIsOnlyForSignedInBusinessCustomers()
    {
        var guest = await WithAsync(async sp => (await ProviderAsync(sp, "invoice")).Offer(new Money(100m, "EUR"), false, false));
        var consumer = await WithAsync(async sp => (await ProviderAsync(sp, "invoice")).Offer(new Money(100m, "EUR"), true, false));
        var business = await WithAsync(async sp => (await ProviderAsync(sp, "invoice")).Offer(new Money(100m, "EUR"), true, true));
        var refused = await WithAsync(async sp => await (await ProviderAsync(sp, "invoice")).StartAsync(Request(100m), CancellationToken.None));
        var granted = await WithAsync(async sp => await (await ProviderAsync(sp, "invoice")).StartAsync(Request(100m, signedIn: true, business: true), CancellationToken.None));

        Assert.Null(guest);
        Assert.Null(consumer);
        Assert.NotNull(business);
        Assert.Equal(PaymentStatus.Failed, refused.Status);
        Assert.Contains("not available", refused.Error, StringComparison.Ordinal);
        Assert.Equal(PaymentStatus.Authorized, granted.Status);
        Assert.Equal(DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), granted.NextAction["due_date"]);
    }

    [Fact]
    public async Task ReceivedTransferIsRefundedInPartsButNeverBeyondWhatWasPaid()
    {
        var request = Request(80m);
        var started = await WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).StartAsync(request, CancellationToken.None));
        var unpaid = await Assert.ThrowsAsync<PaymentRefusedException>(() => WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).RefundAsync(started.ProviderReference, new Money(10m, "EUR"), "r0", CancellationToken.None)));
        var record = await WithAsync(sp => sp.GetRequiredService<PaymentLedger>().FindByKeyAsync(request.IdempotencyKey, CancellationToken.None));
        await WithAsync(sp => sp.GetRequiredService<OfflinePaymentReceipts>().MarkReceivedAsync(record!.Id, "operator", CancellationToken.None));

        var partial = await WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).RefundAsync(started.ProviderReference, new Money(30m, "EUR"), "r1", CancellationToken.None));
        var beyond = await Assert.ThrowsAsync<PaymentRefusedException>(() => WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).RefundAsync(started.ProviderReference, new Money(60m, "EUR"), "r2", CancellationToken.None)));
        var rest = await WithAsync(async sp => await (await ProviderAsync(sp, "bank-transfer")).RefundAsync(started.ProviderReference, new Money(50m, "EUR"), "r3", CancellationToken.None));

        Assert.Contains("only a received payment", unpaid.Message, StringComparison.Ordinal);
        Assert.Equal(PaymentStatus.PartiallyRefunded, partial.Status);
        Assert.Contains("At most 50", beyond.Message, StringComparison.Ordinal);
        Assert.Equal(PaymentStatus.Refunded, rest.Status);
        Assert.Equal([PaymentStatus.Succeeded, PaymentStatus.PartiallyRefunded, PaymentStatus.Refunded], PaymentEventRecorder.For(request.OrderId));
    }
}
