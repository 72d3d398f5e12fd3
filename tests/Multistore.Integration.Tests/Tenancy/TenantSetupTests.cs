using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Tenancy;

public sealed class TenantSetupTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static async Task<(string Name, RecipeException Error)> SetupFailingAsync(string json)
    {
        var name = TestTenant.NewName();
        var request = new TenantRequest { Name = name, Hosts = [$"{name}.test"] };
        var error = await Assert.ThrowsAsync<RecipeException>(() => Factory.Service<TenantCreationService>()
            .CreateAndSetupAsync(request, RecipeReader.Read(json, "broken.recipe.json"), new Dictionary<string, string>(), null, CancellationToken.None));
        return (name, error);
    }

    [Fact]
    public async Task RecipeFailingAtItsThirdStepLeavesNoTenantAndNoDatabase()
    {
        var (name, error) = await SetupFailingAsync("""
            { "name": "breaks-late", "steps": [
              { "name": "features", "enable": [ "Multistore.Storefront", "Multistore.Tests.Faults" ] },
              { "name": "settings", "Site": { "SiteName": "Half made" } },
              { "name": "fail" } ] }
            """);

        var problem = Assert.Single(error.Errors);
        Assert.Equal("breaks-late", problem.Recipe);
        Assert.Equal(2, problem.StepIndex);
        Assert.Contains("payment gateway did not answer", problem.Message, StringComparison.Ordinal);
        Assert.Null(Factory.Service<TenantRegistry>().Find(name));
        Assert.False(await TenantDatabaseProbe.ExistsAsync(Factory, name));
        var client = Factory.CreateClient(new() { BaseAddress = new Uri($"http://{name}.test/") });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task InvalidStepInputIsReportedBeforeAnythingIsWritten()
    {
        var (name, error) = await SetupFailingAsync("""
            { "name": "bad-input", "steps": [
              { "name": "features", "enable": [ "Multistore.Storefront" ] },
              { "name": "settings", "Site": { "Currency": "KRONOR", "DefaultCulture": "xx-NOPE" } },
              { "name": "catalog", "products": [ { "sku": "A", "translations": { "en-US": { } } } ] },
              { "name": "teleport" } ] }
            """);

        Assert.Contains(error.Errors, e => e.StepIndex == 1 && e.Field == "Site.Currency");
        Assert.Contains(error.Errors, e => e.StepIndex == 1 && e.Field == "Site.DefaultCulture");
        Assert.Contains(error.Errors, e => e.StepIndex == 2 && e.Field == "products[0].translations.en-US.name");
        Assert.Contains(error.Errors, e => e.StepIndex == 3 && e.Message.Contains("Unknown step 'teleport'", StringComparison.Ordinal));
        Assert.Null(Factory.Service<TenantRegistry>().Find(name));
        Assert.False(await TenantDatabaseProbe.ExistsAsync(Factory, name));
    }

    [Fact]
    public async Task UnknownFeatureInARecipeIsNamedWithItsPosition()
    {
        var (_, error) = await SetupFailingAsync("""
            { "name": "typo", "steps": [ { "name": "features", "enable": [ "Multistore.Catalog", "Multistore.Catalgo" ] } ] }
            """);

        var problem = Assert.Single(error.Errors);
        Assert.Equal("enable[1]", problem.Field);
        Assert.Contains("Multistore.Catalgo", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsFromTheRecipeAreReadThroughOptions()
    {
        var tenant = await Factory.CreateTenantAsync("store", new Dictionary<string, string>
        {
            ["SiteName"] = "Options Store", ["Culture"] = "fr-FR", ["Currency"] = "EUR", ["TimeZone"] = "Europe/Paris",
        });

        var home = await tenant.CreateClient().GetStringAsync("/");

        Assert.EndsWith("Options Store", HtmlPage.Parse(home).Document.Title, StringComparison.Ordinal);
        Assert.Equal("fr-FR", HtmlPage.Parse(home).Attribute("html", "lang"));
    }
}
