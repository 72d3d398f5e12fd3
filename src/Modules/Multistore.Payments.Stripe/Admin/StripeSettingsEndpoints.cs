using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Payments.Admin;
using Multistore.Payments.Stripe.Services;
using Multistore.Payments.Stripe.Settings;
using Multistore.Settings;

namespace Multistore.Payments.Stripe.Admin;

/// <summary>The Stripe settings page: keys in, never out. Stored secrets are shown only as "stored".</summary>
public static class StripeSettingsEndpoints
{
    public const string Path = "settings/payments/stripe";

    public static IEndpointRouteBuilder MapStripeSettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<StripeSettingsPage>(Path, PaymentPermissions.ManagePaymentProviders).WithName("AdminStripeSettings");
        endpoints.MapAdminPost(Path, SaveAsync, PaymentPermissions.ManagePaymentProviders).WithName("AdminSaveStripeSettings");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<StripeSettingsPage>, RedirectHttpResult>> SaveAsync([FromForm] StripeSettingsForm form, StripeSecretStore secrets, ISiteSettingsStore store, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = Validate(form, t);
        if (!errors.IsValid)
        {
            // The secrets typed are not sent back into the page.
            return AdminResults.Page<StripeSettingsPage>(new { Form = new StripeSettingsForm { PublishableKey = form.PublishableKey }, Errors = errors });
        }

        await secrets.SaveAsync(form.SecretKey, form.WebhookSecret, cancellationToken);
        var settings = new StripeSettings
        {
            PublishableKey = form.PublishableKey?.Trim() ?? "",
            HasSecretKey = await secrets.SecretKeyAsync(cancellationToken) is not null,
        };
        await store.SaveAsync(StripeSettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
        return AdminResults.Redirect(context, Path, t["Stripe settings saved."]);
    }

    private static FormErrors Validate(StripeSettingsForm form, IStringLocalizer t)
    {
        var errors = new FormErrors();
        Prefixed(errors, t, nameof(form.PublishableKey), form.PublishableKey, "pk_");
        Prefixed(errors, t, nameof(form.SecretKey), form.SecretKey, "sk_", "rk_");
        Prefixed(errors, t, nameof(form.WebhookSecret), form.WebhookSecret, "whsec_");
        return errors;
    }

    private static void Prefixed(FormErrors errors, IStringLocalizer t, string field, string? value, params string[] prefixes)
    {
        if (!string.IsNullOrWhiteSpace(value) && !prefixes.Any(p => value.Trim().StartsWith(p, StringComparison.Ordinal)))
        {
            errors.Add(field, t["This is not a Stripe key of that kind: it starts with {0}.", string.Join($" {t["or"]} ", prefixes)]);
        }
    }
}
