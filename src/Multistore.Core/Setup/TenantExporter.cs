using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.Localization;
using Multistore.Recipes;
using Multistore.Settings;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Theming;

namespace Multistore.Setup;

/// <summary>
/// Writes a running tenant's configuration back to a recipe: its features, settings groups (site name,
/// cultures, currency, providers' settings), theme and theme settings, template overrides (<c>templates</c>) and own
/// translations (<c>translations</c>), then whatever the modules' export
/// contributors add (the catalog, when content is asked for). Values that look like secrets are left out.
/// The site's name, culture and currency become parameters, so the recipe clones the store into a new region; so do
/// the store administrator (<c>AdminEmail</c>, <c>AdminPassword</c>: a <c>users</c> step creates them, as the store
/// baseline does), the exchange rate that converts price lists into another currency and the home country that
/// shipping zones extend to (both read by the modules' own steps).
/// </summary>
internal sealed class TenantExporter(TenantRegistry registry, ShellHost shells) : ITenantExport
{
    private const string UsersFeature = "Multistore.Users";
    private static readonly string[] ParameterKeys = ["SiteName", "DefaultCulture", "Currency", "TimeZone"];

    public async Task<JsonObject> ExportAsync(string name, bool includeContent, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name) ?? throw TenantValidationException.For("name", $"There is no tenant '{name}'.");
        if (tenant.State != TenantState.Running)
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; only a running tenant can be exported.");
        }

        var shell = await shells.GetAsync(tenant);
        await using var scope = shell.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellDbContext>();
        var groups = await db.Settings.AsNoTracking().OrderBy(s => s.Group).ToListAsync(cancellationToken);
        var context = new RecipeExportContext(includeContent);
        var parameters = new JsonArray();

        // By id, not in the order the database hands them back (it differs between SQLite and PostgreSQL): two exports of
        // the same store compare equal; the features step resolves dependencies whatever the order.
        context.AddStep("features", new JsonObject { ["enable"] = new JsonArray([.. shell.Features.Where(f => !f.AlwaysEnabled).Select(f => f.Id).Order(StringComparer.Ordinal).Select(id => JsonValue.Create(id))]) });
        var settings = new JsonObject();
        JsonNode? theme = null;
        JsonNode? themeSettings = null;
        JsonNode? templates = null;
        JsonNode? translations = null;
        foreach (var group in groups)
        {
            var values = SecretFilter.WithoutSecrets(JsonNode.Parse(group.Json));
            if (group.Group == ThemeSettings.GroupName)
            {
                themeSettings = values;
                continue;
            }

            if (group.Group == TenantTemplateOverrides.GroupName)
            {
                templates = values;
                continue;
            }

            if (group.Group == TenantTranslations.GroupName)
            {
                translations = values;
                continue;
            }

            if (group.Group == SiteSettings.GroupName && values is JsonObject site)
            {
                theme = site[nameof(SiteSettings.Theme)]?.DeepClone();
                site.Remove(nameof(SiteSettings.Theme));
                Parameterize(site, parameters);
            }

            settings[group.Group] = values;
        }

        context.AddStep("settings", settings);
        if (theme is not null)
        {
            var step = new JsonObject { ["site"] = theme };
            if (themeSettings is not null)
            {
                step["settings"] = themeSettings;
            }

            context.AddStep("themes", step);
        }

        if (templates is JsonObject { Count: > 0 })
        {
            context.AddStep(TemplatesRecipeStep.StepName, new JsonObject { ["overrides"] = templates });
        }

        if (translations is JsonObject { Count: > 0 })
        {
            context.AddStep(TranslationsRecipeStep.StepName, new JsonObject { ["cultures"] = translations });
        }

        foreach (var contributor in scope.ServiceProvider.GetServices<IRecipeExportContributor>())
        {
            await contributor.ContributeAsync(context, cancellationToken);
        }

        if (shell.Features.Any(f => f.Id == UsersFeature))
        {
            AddAdministrator(context, parameters);
        }

        foreach (var parameter in context.Parameters.Where(p => !parameters.Any(d => string.Equals((string?)d!["name"], p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            parameters.Add(new JsonObject { ["name"] = parameter.Name, ["default"] = parameter.Default, ["description"] = parameter.Description });
        }

        return new JsonObject
        {
            ["name"] = $"{tenant.Name}-export",
            ["displayName"] = $"Export of {tenant.Name}",
            ["description"] = $"Configuration of tenant '{tenant.Name}'{(includeContent ? " with its content" : "")}, exported {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.",
            ["version"] = "1.0.0",
            ["tags"] = new JsonArray("export"),
            ["parameters"] = parameters,
            ["steps"] = new JsonArray([.. context.Steps]),
        };
    }

    /// <summary>
    /// The clone's first administrator, never the source's accounts (their password hashes are secrets): the same
    /// parameters as the store baseline, so API, command line and setup by link give them the same way.
    /// </summary>
    private static void AddAdministrator(RecipeExportContext context, JsonArray parameters)
    {
        parameters.Add(new JsonObject { ["name"] = RecipeParameters.AdminEmail, ["default"] = "admin@example.com", ["description"] = "Email of the store's first administrator; signs in at /admin." });
        parameters.Add(new JsonObject { ["name"] = RecipeParameters.AdminPassword, ["description"] = "That administrator's password. Left out, one is generated and shown once to whoever creates the store." });
        context.AddStep("users", new JsonObject
        {
            ["users"] = new JsonArray(new JsonObject
            {
                ["email"] = $"${{{RecipeParameters.AdminEmail}}}",
                ["password"] = $"${{{RecipeParameters.AdminPassword}}}",
                ["roles"] = new JsonArray("Administrator"),
            }),
        });
    }

    /// <summary>Turns the site's name, culture, currency and time zone into parameters whose defaults are the exported values.</summary>
    private static void Parameterize(JsonObject site, JsonArray parameters)
    {
        foreach (var key in ParameterKeys)
        {
            if (site[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                parameters.Add(new JsonObject { ["name"] = key, ["default"] = value.GetValue<string>(), ["description"] = $"Site {key}." });
                site[key] = $"${{{key}}}";
            }
        }
    }
}
