using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Localization;
using Multistore.Settings;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// <c>strings missing [--culture de-DE] [--tenant nordic-de] [--po]</c>: the UI strings a store's pages use that have
/// no translation in a culture, found by the same <see cref="IMissingStrings"/> as the admin's Translations page.
/// </summary>
internal static class StringsCommand
{
    public static Command Create(CommandConsole console)
    {
        var culture = new Option<string?>("--culture") { Description = "Culture to check, e.g. de-DE; each store's own cultures when omitted." };
        var tenant = new Option<string?>("--tenant") { Description = "Store to check; every running store when omitted." };
        var po = new Option<bool>("--po") { Description = "Print PO entries with empty msgstr to fill in, instead of the list." };
        var missing = new Command("missing", "List the UI strings with no translation, per store and culture (English is the source language).") { culture, tenant, po };
        missing.SetAction((parse, _) => console.RunAsync(async services =>
        {
            var wanted = parse.GetValue(culture) is { } name ? CultureOf(name) : null;
            foreach (var store in Stores(services.GetRequiredService<ITenantCatalog>(), parse.GetValue(tenant)))
            {
                await using var scope = await services.GetRequiredService<ITenantShells>().CreateScopeAsync(store);
                var cultures = scope.ServiceProvider.GetRequiredService<IOptions<SiteSettings>>().Value.Cultures;
                if (wanted is not null && parse.GetValue(tenant) is null && !cultures.Contains(wanted.Name, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                IEnumerable<CultureInfo> checkedCultures = wanted is null ? cultures.Select(c => CultureInfo.GetCultureInfo(c)) : [wanted];
                foreach (var c in checkedCultures)
                {
                    await WriteAsync(console.Output, store.Name, c, scope.ServiceProvider.GetRequiredService<IMissingStrings>().For(c), parse.GetValue(po));
                }
            }
        }));
        return new Command("strings", "UI strings (PO translations) of the stores.") { missing };
    }

    private static async Task WriteAsync(TextWriter output, string store, CultureInfo culture, IReadOnlyList<UsedString> missing, bool po)
    {
        await output.WriteLineAsync(IMissingStrings.IsSourceLanguage(culture)
            ? $"# {store} {culture.Name}: the source language, nothing to translate."
            : $"# {store} {culture.Name}: {missing.Count} string(s) without a translation.");
        if (po)
        {
            await output.WriteLineAsync(PoSkeleton.Of(missing));
            return;
        }

        foreach (var s in missing)
        {
            await output.WriteLineAsync($"{(s.Context is null ? "" : $"[{s.Context}] ")}{s.Id}\t({s.Source})");
        }
    }

    private static IEnumerable<TenantSettings> Stores(ITenantCatalog registry, string? name)
    {
        if (name is not null)
        {
            var one = registry.Find(name) is { State: TenantState.Running } found
                ? found
                : throw new InvalidOperationException($"--tenant: '{name}' is not a running store.");
            return [one];
        }

        return registry.All.Where(t => t.State == TenantState.Running).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    private static CultureInfo CultureOf(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new InvalidOperationException($"--culture: '{name}' is not a culture name such as de-DE.");
        }
    }
}
