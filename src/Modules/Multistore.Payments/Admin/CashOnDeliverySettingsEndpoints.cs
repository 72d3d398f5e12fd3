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

/// <summary>The cash on delivery settings page: the carrier's fee and the largest order paid at the door.</summary>
public static class CashOnDeliverySettingsEndpoints
{
    public const string Path = "settings/payments/cash-on-delivery";

    public static IEndpointRouteBuilder MapCashOnDeliverySettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<CashOnDeliverySettingsPage>(Path, PaymentPermissions.ManagePaymentProviders).WithName("AdminCashOnDeliverySettings");
        endpoints.MapAdminPost(Path, SaveAsync, PaymentPermissions.ManagePaymentProviders).WithName("AdminSaveCashOnDeliverySettings");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<CashOnDeliverySettingsPage>, RedirectHttpResult>> SaveAsync([FromForm] OfflineMethodSettingsForm form, ISiteSettingsStore store, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        if (!AmountField.TryParse(form.Fee, out var fee))
        {
            errors.Add(nameof(form.Fee), t["Enter the fee as an amount of 0 or more, e.g. 4.90."]);
        }

        var max = MaxAmountField.Read(form, errors, t);

        if (!errors.IsValid)
        {
            return AdminResults.Page<CashOnDeliverySettingsPage>(new { Form = form, Errors = errors });
        }

        var settings = new CashOnDeliverySettings { Fee = fee ?? 0m, MaxAmount = max };
        await store.SaveAsync(CashOnDeliverySettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
        return AdminResults.Redirect(context, Path, t["Cash on delivery settings saved."]);
    }
}
