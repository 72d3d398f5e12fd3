using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Theming;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// A template that fails or passes a render limit: the editor refuses it, naming why, and stores nothing; written
/// past the editor (a recipe, the store's settings), the store still answers with the theme's own template.
/// </summary>
public sealed class TemplateRenderLimitTests
{
    private const string Footer = "admin/appearance/templates/footer";
    private const string Marker = "OVERRIDE-MARK";

    public static TheoryData<string, string, string> BrokenFooters => new()
    {
        { "endless loop", "{% for i in (1..100000000) %}x{% endfor %}", "the range (1..100000000) has more than" },
        { "doubling string", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..20) %}{% assign s = s | append: s %}{% endfor %}{{ s }}", "the variable 's' grew past 2,000,000 characters" },
        { "huge page", "{% assign s = '0123456789' %}{% for i in (1..10) %}{% assign s = s | append: s %}{% endfor %}{% for i in (1..300) %}{{ s }}{% endfor %}", "the page grew past 2,000,000 characters" },
        { "many steps", "{% for i in (1..5000) %}{% for j in (1..5000) %}{% endfor %}{% endfor %}", "it ran more than 1,000,000 steps" },
        { "deep recursion", "{% render 'footer' %}", "nested renders deeper than 20" },
        { "missing partial", "{% render 'no-such-partial' %}", "the partial 'no-such-partial' does not exist" },
        { "division by zero", "{{ 10 | divided_by: 0 }}", "it divides by zero" },
    };

    [Theory]
    [MemberData(nameof(BrokenFooters))]
    public async Task EditorRefusesAFooterThatFailsToRenderAndSavesNothing(string _, string body, string reason)
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var save = await admin.PostFormAsync(Footer, Footer, new() { ["source"] = $"<footer>{Marker}{body}</footer>" });
        var error = (await HtmlPage.ParseAsync(save)).FieldError("Source");
        var home = await tenant.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.StartsWith("Not saved: the template fails to render: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain(Marker, await home.Content.ReadAsStringAsync());
        Assert.DoesNotContain("own version of this template", (await HtmlPage.GetAsync(admin.Client, Footer)).Text());
    }

    [Theory]
    [MemberData(nameof(BrokenFooters))]
    public async Task StoreWithABrokenFooterFromItsRecipeServesTheThemeFooterAndShowsTheError(string _, string body, string reason)
    {
        var neighbour = await AppearanceStore.CreateAsync();
        var recipe = JsonSerializer.Serialize(new
        {
            name = "broken-footer",
            parameters = new[] { new { name = "SiteName" }, new { name = "AdminEmail" }, new { name = "AdminPassword" } },
            steps = new object[]
            {
                new { name = "recipes", values = new[] { new { name = "store" } } },
                new Dictionary<string, object> { ["name"] = "settings", [TenantTemplateOverrides.GroupName] = new Dictionary<string, string> { ["footer"] = $"<footer>{Marker}{body}</footer>" } },
            },
        });
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(recipe, AdminSession.Parameters(AppearanceStore.Email, "Broken Footer"));
        var admin = new AdminSession(tenant);
        await admin.SignInAsync(AppearanceStore.Email);

        var home = await tenant.CreateClient().GetAsync("/");
        var missing = await tenant.CreateClient().GetAsync("/no-such-page");
        var homeHtml = await home.Content.ReadAsStringAsync();
        var editor = await HtmlPage.GetAsync(admin.Client, Footer);
        var neighbourHome = await neighbour.Tenant.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(HtmlPage.Parse(homeHtml).Has(".site-footer"), "The page wears the theme's footer.");
        Assert.DoesNotContain(Marker, homeHtml);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(HtmlPage.Parse(await missing.Content.ReadAsStringAsync()).Has(".site-footer"), "The page wears the theme's footer.");
        Assert.Contains(reason, editor.Text("[id='render-error']"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, neighbourHome.StatusCode);
    }

    [Fact]
    public async Task BrokenLayoutWrittenToTheStoreSettingsFallsBackOnEveryPageTheErrorPageIncluded()
    {
        var (tenant, _) = await AppearanceStore.CreateAsync();
        await using (var scope = await tenant.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<TenantTemplateOverrides>().SaveAsync("layout", $"{Marker}{{{{ 1 | divided_by: 0 }}}}{{{{ content }}}}");
        }

        var home = await tenant.CreateClient().GetAsync("/");
        var product = await tenant.CreateClient().GetAsync("/products/harbour-cap");
        var missing = await tenant.CreateClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, product.StatusCode);
        Assert.Equal("Harbour Cap", (await HtmlPage.ParseAsync(product)).Heading());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var response in new[] { home, product, missing })
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(Marker, html);
            Assert.True(HtmlPage.Parse(html).Has(".site-footer"), "The page wears the theme's footer.");
        }
    }

    [Fact]
    public async Task EditorAcceptsEveryTemplateOfTheThemeAsItIs()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();
        List<(string Name, string Source)> templates;
        await using (var scope = await tenant.ScopeAsync())
        {
            var sources = scope.ServiceProvider.GetRequiredService<ThemeTemplates>();
            templates = [.. scope.ServiceProvider.GetRequiredService<Multistore.Storefront.Admin.TemplateList>().All().Select(row => (row.Name, sources.Source(row.Name)!))];
        }

        Assert.NotEmpty(templates);
        foreach (var (name, source) in templates)
        {
            var save = await admin.PostFormAsync($"admin/appearance/templates/{name}", $"admin/appearance/templates/{name}", new() { ["source"] = source });
            Assert.True(save.StatusCode == HttpStatusCode.Redirect, $"{name}: {WebUtility.HtmlDecode(await save.Content.ReadAsStringAsync())}");
        }
    }
}
