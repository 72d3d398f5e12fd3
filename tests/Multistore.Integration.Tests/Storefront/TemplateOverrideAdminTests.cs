using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

public sealed class TemplateOverrideAdminTests
{
    private const string Footer = "admin/appearance/templates/footer";

    [Fact]
    public async Task OverrideShowsOnTheStorefrontAndResetRestoresTheThemeVersion()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var save = await admin.PostFormAsync(Footer, Footer, new() { ["source"] = "<footer class=\"site-footer\"><p>Harbour footer {{ site.name }}</p></footer>" });
        var overridden = await HtmlPage.GetAsync(tenant.CreateClient(), "/");
        var list = await HtmlPage.GetAsync(admin.Client, "admin/appearance/templates");
        var reset = await admin.PostFormAsync(Footer, Footer + "/reset", []);
        var restored = await HtmlPage.GetAsync(tenant.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("Harbour footer Harbour Goods", overridden.Text("footer.site-footer"));
        var footerRow = Assert.Single(list.All("table tbody tr"), row => HtmlPage.Visible(row.Children[0]) == "footer");
        Assert.Equal("Overridden", HtmlPage.Visible(footerRow.Children[2]));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.DoesNotContain("Harbour footer", restored.Text());
        Assert.True(restored.Has(".site-footer"), "The page wears the theme's footer.");
    }

    [Fact]
    public async Task RefusesATemplateThatDoesNotParseNamingLineAndColumn()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var save = await admin.PostFormAsync(Footer, Footer, new() { ["source"] = "<footer>\n{% if site.name %}Broken</footer>" });
        var html = await save.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Matches(@"^Not saved: the template does not parse: .* at line 2, column \d+", HtmlPage.Parse(html).Text("[id='Source-error']"));
        Assert.Contains("Broken", HtmlPage.Parse(html).Field("source"), StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", (await HtmlPage.GetAsync(tenant.CreateClient(), "/")).Text());
    }

    [Fact]
    public async Task UnknownTemplateIsNotFound()
    {
        var (_, admin) = await AppearanceStore.CreateAsync();

        var response = await admin.Client.GetAsync("admin/appearance/templates/no-such-template");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
