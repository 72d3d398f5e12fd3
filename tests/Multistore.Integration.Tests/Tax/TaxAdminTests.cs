using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Shop;

namespace Multistore.Integration.Tests.Tax;

[Collection(CommerceStore.Collection)]
public sealed class TaxAdminTests
{
    private const string Rule = "admin/tax/rule";

    private static Dictionary<string, string> Fields(string country, string region, string name, string percent, string? fromCountry = null, string? fromRegion = null) => new()
    {
        ["FromCountry"] = fromCountry ?? "", ["FromRegion"] = fromRegion ?? "", ["Country"] = country, ["Region"] = region, ["Name"] = name,
        ["Rates[0].TaxClass"] = "standard", ["Rates[0].Percent"] = percent, ["Rates[1].TaxClass"] = "", ["Rates[1].Percent"] = "", ["ShippingRow"] = "0",
    };

    /// <summary>The totals a New York shopper's checkout review shows, by their label ("Tax", "Total").</summary>
    private static async Task<IReadOnlyDictionary<string, string>> NewYorkReviewAsync(Fixtures.TestTenant store)
    {
        var shopper = new ShopperSession(store);
        await shopper.CartAsync(new() { ["sku"] = "BOOT", ["quantity"] = "1" });
        var (status, html) = await shopper.CheckoutAsync(ShopperSession.NewYork, "ground", "cash-on-delivery");
        Assert.True(status == HttpStatusCode.OK, html);
        return HtmlPage.Parse(html).Definitions("dl.totals");
    }

    [Fact]
    public async Task AnEditorChangesAStateRateAndTheShopperSeesTheNewSalesTaxAddedAtCheckout()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);
        var before = await NewYorkReviewAsync(store);

        var list = (await HtmlPage.GetAsync(editor.Client, "admin/tax")).TablesText();
        var saved = await editor.PostFormAsync($"{Rule}?Country=US&Region=NY", Rule, Fields("US", "NY", "NY sales tax", "4", "US", "NY"));
        var after = await NewYorkReviewAsync(store);

        Assert.Contains("NY sales tax", list);
        Assert.Contains("8.875 %", list);
        Assert.Equal("$7.81", before["Tax"]);
        Assert.Equal("$95.76", before["Total"]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("4 %", (await HtmlPage.GetAsync(editor.Client, "admin/tax")).TablesText(), StringComparison.Ordinal);
        Assert.Equal("$3.52", after["Tax"]);
        Assert.Equal("$91.47", after["Total"]);
    }

    [Fact]
    public async Task ABadRateOrCountryIsRefusedNamingTheFieldAndNothingIsWritten()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);

        var badRate = await editor.PostFormAsync(Rule, Rule, Fields("US", "CA", "CA sales tax", "seven"));
        var badCountry = await editor.PostFormAsync(Rule, Rule, Fields("XX", "", "Nowhere VAT", "20"));
        var twice = await editor.PostFormAsync(Rule, Rule, Fields("US", "NY", "Second NY rule", "5"));
        var list = (await HtmlPage.GetAsync(editor.Client, "admin/tax")).Text();

        Assert.Equal(HttpStatusCode.BadRequest, badRate.StatusCode);
        var rateErrors = await HtmlPage.ParseAsync(badRate);
        Assert.StartsWith("Enter the rate as a percentage from 0 to 100", rateErrors.Text("[id='Rates[0].Percent-error']"), StringComparison.Ordinal);
        Assert.Equal("seven", rateErrors.Field("Rates[0].Percent"));
        Assert.Equal(HttpStatusCode.BadRequest, badCountry.StatusCode);
        Assert.NotEmpty((await HtmlPage.ParseAsync(badCountry)).Text("[id='Country-error']"));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(twice)).Errors(), error => error.Contains("has a tax rule already", StringComparison.Ordinal));
        Assert.DoesNotContain("CA sales tax", list);
        Assert.DoesNotContain("Second NY rule", list);
    }

    [Fact]
    public async Task ANewStateRuleWithReducedClassIsListedAndDeletingItStopsTheTax()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);
        var fields = Fields("us", "ca", "CA sales tax", "7,25");
        fields["Rates[1].TaxClass"] = "groceries";
        fields["Rates[1].Percent"] = "0";
        fields["ShippingRow"] = "";

        var created = await editor.PostFormAsync(Rule, Rule, fields);
        var list = (await HtmlPage.GetAsync(editor.Client, "admin/tax")).TablesText();
        var edit = await HtmlPage.GetAsync(editor.Client, $"{Rule}?Country=US&Region=CA");
        var deleted = await editor.PostFormAsync($"{Rule}?Country=US&Region=CA", $"{Rule}/delete", new() { ["Country"] = "US", ["Region"] = "CA" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("CA sales tax", list);
        Assert.Contains("groceries 0 %", list);
        Assert.Contains("7.25 %", list);
        Assert.Equal("7.25", edit.Field("Rates[0].Percent"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("CA sales tax", (await HtmlPage.GetAsync(editor.Client, "admin/tax")).Text());
    }

    [Fact]
    public async Task AnOrderManagerCannotChangeTaxRules()
    {
        var store = await UsStore.CreateAsync();
        var manager = await UsStore.SignInAsync(store, Multistore.Admin.Permissions.RoleNames.OrderManager);

        var page = await manager.Client.GetAsync("admin/tax");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }
}
