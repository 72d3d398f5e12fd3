using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Payments.Settings;
using Multistore.Settings;

namespace Multistore.Payments.Admin;

/// <summary>The invoice settings page: payment terms for business customers and the largest order on invoice.</summary>
public static class InvoiceSettingsEndpoints
{
    public const string Path = "settings/payments/invoice";

    public static IEndpointRouteBuilder MapInvoiceSettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<InvoiceSettingsPage>(Path, PaymentPermissions.ManagePaymentProviders).WithName("AdminInvoiceSettings");
        endpoints.MapAdminPost(Path, SaveAsync, PaymentPermissions.ManagePaymentProviders).WithName("AdminSaveInvoiceSettings");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<InvoiceSettingsPage>, RedirectHttpResult>> SaveAsync([FromForm] OfflineMethodSettingsForm form, ISiteSettingsStore store, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        if (!int.TryParse(form.DueDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 365)
        {
            errors.Add(nameof(form.DueDays), t["Enter the payment terms in days, from 1 to 365."]);
        }

        var max = MaxAmountField.Read(form, errors, t);

        if (!errors.IsValid)
        {
            return AdminResults.Page<InvoiceSettingsPage>(new { Form = form, Errors = errors });
        }

        var settings = new InvoiceSettings { DueDays = days, MaxAmount = max };
        await store.SaveAsync(InvoiceSettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
        return AdminResults.Redirect(context, Path, t["Invoice settings saved."]);
    }
}
