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
        var overridden = await tenant.CreateClient().GetStringAsync("/");
        var list = await admin.Client.GetStringAsync("admin/appearance/templates");
        var reset = await admin.PostFormAsync(Footer, Footer + "/reset", []);
        var restored = await tenant.CreateClient().GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("Harbour footer Harbour Goods", overridden);
        Assert.Contains("Overridden", list);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.DoesNotContain("Harbour footer", restored);
        Assert.True(HtmlPage.Parse(restored).Has(".site-footer"), "The page wears the theme's footer.");
    }

    [Fact]
    public async Task RefusesATemplateThatDoesNotParseNamingLineAndColumn()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var save = await admin.PostFormAsync(Footer, Footer, new() { ["source"] = "<footer>\n{% if site.name %}Broken</footer>" });
        var html = await save.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Matches(@"^Not saved: the template does not parse: .* at line 2, column \d+", HtmlPage.Parse(html).Text("[id='Source-error']"));
        Assert.Contains("Broken", html);
        Assert.DoesNotContain("Broken", await tenant.CreateClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task UnknownTemplateIsNotFound()
    {
        var (_, admin) = await AppearanceStore.CreateAsync();

        var response = await admin.Client.GetAsync("admin/appearance/templates/no-such-template");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
