using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Tax.Domain;
using Multistore.Tax.Services;

namespace Multistore.Tax.Admin;

/// <summary>The list of tax rules, one rule's form, saving and deleting it.</summary>
public static class TaxAdminEndpoints
{
    public const string ListPath = "tax";
    public const string RulePath = "tax/rule";

    public static IEndpointRouteBuilder MapTaxAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<TaxRulesPage>(ListPath, TaxPermissions.ManageTaxRules).WithName("TaxAdminRules");
        endpoints.MapAdminPage<TaxRulePage>(RulePath, TaxPermissions.ManageTaxRules).WithName("TaxAdminRule");
        endpoints.MapAdminPost(RulePath, SaveAsync, TaxPermissions.ManageTaxRules).WithName("TaxAdminSaveRule");
        endpoints.MapAdminPost($"{RulePath}/delete", DeleteAsync, TaxPermissions.ManageTaxRules).WithName("TaxAdminDeleteRule");
        return endpoints;
    }

    public static string Link(string country, string region) =>
        $"{RulePath}?Country={Uri.EscapeDataString(country)}&Region={Uri.EscapeDataString(region)}";

    private static async Task<Results<RazorComponentResult<TaxRulePage>, RedirectHttpResult>> SaveAsync(HttpContext context, TaxRules rules, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var form = TaxRuleForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        var errors = new FormErrors();
        var rule = TaxRuleFormValidator.Validate(form, errors, t);
        if (rule is not null && !SameKey(form.FromCountry, form.FromRegion, rule) && await rules.FindAsync(rule.Country, rule.Region, cancellationToken) is not null)
        {
            errors.Add(nameof(form.Country), t["{0} has a tax rule already: edit that one instead.", Where(rule.Country, rule.Region)]);
        }

        if (rule is null || !errors.IsValid)
        {
            return Invalid(form, errors);
        }

        await rules.SaveAsync(form.FromCountry, form.FromRegion, rule, cancellationToken);
        return AdminResults.Redirect(context, ListPath, t["Tax rule for {0} saved.", Where(rule.Country, rule.Region)]);
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> DeleteAsync(HttpContext context, TaxRules rules, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var (country, region) = TaxRules.Key(form["Country"].ToString(), form["Region"]);
        return await rules.DeleteAsync(country, region, cancellationToken)
            ? AdminResults.Redirect(context, ListPath, t["Tax rule for {0} deleted: orders shipped there are no longer taxed.", Where(country, region)])
            : TypedResults.NotFound();
    }

    private static bool SameKey(string? country, string? region, TaxRule rule) =>
        !string.IsNullOrWhiteSpace(country) && TaxRules.Key(country, region) == (rule.Country, rule.Region);

    private static string Where(string country, string region) => region.Length == 0 ? country : $"{country}-{region}";

    private static RazorComponentResult<TaxRulePage> Invalid(TaxRuleForm form, FormErrors errors) =>
        AdminResults.Page<TaxRulePage>(new { Form = form, Errors = errors });
}
