using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Payments.Domain;
using Multistore.Payments.Settings;
using Multistore.Settings;

namespace Multistore.Payments.Admin;

/// <summary>The bank transfer settings page: the account shoppers pay into, checked as the recipe checks it.</summary>
public static class BankTransferSettingsEndpoints
{
    public const string Path = "settings/payments/bank-transfer";

    public static IEndpointRouteBuilder MapBankTransferSettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<BankTransferSettingsPage>(Path, PaymentPermissions.ManagePaymentProviders).WithName("AdminBankTransferSettings");
        endpoints.MapAdminPost(Path, SaveAsync, PaymentPermissions.ManagePaymentProviders).WithName("AdminSaveBankTransferSettings");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<BankTransferSettingsPage>, RedirectHttpResult>> SaveAsync([FromForm] BankTransferSettingsForm form, ISiteSettingsStore store, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(form.AccountHolder))
        {
            errors.Add(nameof(form.AccountHolder), t["Enter the name the account is held in; shoppers' banks ask for it."]);
        }

        if (string.IsNullOrWhiteSpace(form.Iban))
        {
            errors.Add(nameof(form.Iban), t["Enter the IBAN shoppers transfer to."]);
        }
        else if (!Iban.IsValid(form.Iban))
        {
            errors.Add(nameof(form.Iban), t["This is not a valid IBAN: check the country code, the two check digits and the account number."]);
        }

        if (!errors.IsValid)
        {
            return AdminResults.Page<BankTransferSettingsPage>(new { Form = form, Errors = errors });
        }

        var settings = new BankTransferSettings
        {
            AccountHolder = form.AccountHolder!.Trim(),
            BankName = form.BankName?.Trim() ?? "",
            Iban = Iban.Normalize(form.Iban!),
            Bic = form.Bic?.Trim().ToUpperInvariant() ?? "",
            Instructions = form.Instructions?.Trim() ?? "",
        };
        await store.SaveAsync(BankTransferSettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
        return AdminResults.Redirect(context, Path, t["Bank transfer settings saved."]);
    }
}
