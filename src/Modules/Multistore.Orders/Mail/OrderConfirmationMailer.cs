using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using Multistore.Events;
using Multistore.Orders.Services;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Orders.Mail;

/// <summary>
/// Sends the order confirmation when the order is confirmed (<see cref="OrderConfirmationMoment"/>), in the culture the
/// shopper ordered in, rendered from the theme's <c>order-confirmation-email</c> template (module default embedded).
/// </summary>
public sealed class OrderConfirmationMailer(IOrderQueries orders, IThemeViewRenderer views, OrderConfirmationReader confirmations, MailSender sender, IOptions<SiteSettings> site)
    : IEventSubscriber<OrderPlaced>, IEventSubscriber<OrderPaymentMethodChanged>, IEventSubscriber<OrderStatusChanged>
{
    private static readonly Dictionary<string, string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "Your order {0} at {1}",
        ["de"] = "Ihre Bestellung {0} bei {1}",
        ["sv"] = "Din beställning {0} hos {1}",
        ["fr"] = "Votre commande {0} chez {1}",
        ["es"] = "Tu pedido {0} en {1}",
        ["nl"] = "Uw bestelling {0} bij {1}",
        ["ar"] = "طلبك {0} من {1}",
    };

    public async Task HandleAsync(OrderPlaced @event, CancellationToken cancellationToken)
    {
        if (await orders.GetAsync(@event.Number, cancellationToken) is { } order && OrderConfirmationMoment.AtPlacement(order))
        {
            await SendAsync(order, cancellationToken);
        }
    }

    /// <summary>A card that failed or was never confirmed sent nothing; a transfer chosen instead is accepted now.</summary>
    public async Task HandleAsync(OrderPaymentMethodChanged @event, CancellationToken cancellationToken)
    {
        if (await orders.GetAsync(@event.Number, cancellationToken) is { } order && OrderConfirmationMoment.AtPlacement(order))
        {
            await SendAsync(order, cancellationToken);
        }
    }

    public async Task HandleAsync(OrderStatusChanged @event, CancellationToken cancellationToken)
    {
        if (@event.To == OrderStatus.Paid && await orders.GetAsync(@event.Number, cancellationToken) is { } order && OrderConfirmationMoment.WhenPaid(@event, order))
        {
            await SendAsync(order, cancellationToken);
        }
    }

    private async Task SendAsync(OrderView order, CancellationToken cancellationToken)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var shopper = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(order.Culture) ? site.Value.DefaultCulture : order.Culture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = shopper;
            var confirmation = await confirmations.ReadAsync(order, cancellationToken);
            var html = await views.RenderAsync("order-confirmation-email", new Models.OrderEmail(order, confirmation, site.Value.SiteName), cancellationToken);
            var subject = string.Format(shopper, Subjects.GetValueOrDefault(shopper.TwoLetterISOLanguageName, Subjects["en"]), order.Number, site.Value.SiteName);
            var message = new MimeMessage { Subject = subject, Body = new TextPart("html") { Text = html } };
            message.To.Add(MailboxAddress.Parse(order.Email));
            message.Headers.Add("Content-Language", shopper.Name);
            await sender.SendAsync(message, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
