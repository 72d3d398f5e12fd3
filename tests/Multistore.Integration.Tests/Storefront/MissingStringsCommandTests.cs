using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Tenants;
using Multistore.Localization;
using Multistore.Tenants.CommandLine;

namespace Multistore.Integration.Tests.Storefront;

/// <summary><c>strings missing</c> lists what the admin's Translations page lists, from its own engine on the host's data.</summary>
public sealed class MissingStringsCommandTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await TenantsCommandLine.RunAsync(args, SaasHost.SettingsOf(MultistoreFactory.Shared), output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task ListsTheSameStringsAsTheAdminPagePerCulture()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("store", new Dictionary<string, string> { ["Culture"] = "de-DE", ["Currency"] = "EUR" });
        IReadOnlyList<UsedString> expected;
        await using (var scope = await store.ScopeAsync())
        {
            expected = scope.ServiceProvider.GetRequiredService<MissingStrings>().For(CultureInfo.GetCultureInfo("es-ES"));
        }

        var (exit, output) = await RunAsync("strings", "missing", "--culture", "es-ES", "--tenant", store.Name);

        Assert.True(exit == 0, output);
        Assert.Contains($"# {store.Name} es-ES: {expected.Count} string(s) without a translation.", output);
        Assert.Contains("Add to cart\t(", output);
        Assert.All(expected, s => Assert.Contains($"{(s.Context is null ? "" : $"[{s.Context}] ")}{s.Id}\t({s.Source})", output));
    }

    [Fact]
    public async Task LeavesOutTranslatedStringsAndPrintsPoEntriesToFillIn()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("store", new Dictionary<string, string> { ["Culture"] = "de-DE", ["Currency"] = "EUR" });

        var (exit, output) = await RunAsync("strings", "missing", "--culture", "de-DE", "--tenant", store.Name, "--po");

        Assert.True(exit == 0, output);
        Assert.Contains($"# {store.Name} de-DE:", output);
        Assert.DoesNotContain("msgid \"Add to cart\"", output);
        Assert.DoesNotContain("msgid \"Cart\"", output);
    }

    [Fact]
    public async Task RefusesAnUnknownStoreOrCulture()
    {
        var (exit, output) = await RunAsync("strings", "missing", "--culture", "de-DE", "--tenant", "no-such-store");
        Assert.Equal(1, exit);
        Assert.Contains("error: --tenant: 'no-such-store' is not a running store.", output);

        (exit, output) = await RunAsync("strings", "missing", "--culture", "xx-nowhere");
        Assert.Equal(1, exit);
        Assert.Contains("error: --culture: 'xx-nowhere' is not a culture name such as de-DE.", output);
    }
}
