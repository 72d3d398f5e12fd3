using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Services;

namespace Multistore.Tenants.CommandLine;

/// <summary><c>tenants create</c>, <c>tenants list</c> and <c>tenants show</c>; the other verbs are in their own files.</summary>
internal static class TenantCommands
{
    public static IEnumerable<Command> All(CommandConsole console) =>
    [
        Create(console), List(console), Show(console),
        .. TenantStateCommands.All(console),
        SetupLinkCommands.Reissue(console), ExportCommand.Create(console), ApiKeyCommand.Create(console), RolloutCommand.Create(console), MoveCommand.Create(console),
        .. DriftCommands.All(console),
    ];

    private static Command Create(CommandConsole console)
    {
        var name = new Option<string>("--name") { Description = "Tenant name: letters, digits, '-' and '_'.", Required = true };
        var hosts = new Option<string[]>("--host") { Description = "Host name the store answers on (repeatable).", AllowMultipleArgumentsPerToken = false };
        var prefix = new Option<string?>("--prefix") { Description = "URL prefix (one path segment)." };
        var recipe = new Option<string?>("--recipe") { Description = "Recipe in recipes/ (e.g. 'store'), or a path to a recipe JSON file." };
        var parameters = ParameterOptions.Create();
        var noSetup = new Option<bool>("--no-setup") { Description = "Register the tenant only; set it up later with 'tenants setup'." };
        var database = new Option<DatabaseProvider?>("--database") { Description = "Sqlite (default) or Postgres." };
        var connection = new Option<string?>("--connection") { Description = "Database connection string: SQLite, a new file in the data folder; PostgreSQL, a server the host's configuration names." };
        var region = new Option<string?>("--region") { Description = "Region (Multistore:Regions) whose servers hold the store; with --tier, instead of --database/--connection." };
        var tier = new Option<string?>("--tier") { Description = "Isolation tier: sqlite (single node), schema, database or server." };
        var profile = new Option<string?>("--feature-profile") { Description = "Feature profile that bounds what the store may enable." };
        var template = new Option<string?>("--template") { Description = "Brand template the store inherits theme, features, cultures, currency and settings from." };
        var allowWildcard = new Option<bool>("--allow-wildcard") { Description = "A wildcard host (*.example.com) may cover other stores' host names." };
        var setupLink = SetupLinkCommands.CreateOption();
        var linkHours = SetupLinkCommands.HoursOption();
        var linkScheme = SetupLinkCommands.SchemeOption();
        var command = new Command("create", "Create a store and set it up from a recipe.")
        {
            name, hosts, prefix, recipe, parameters, noSetup, database, connection, region, tier, profile, template, allowWildcard, setupLink, linkHours, linkScheme,
        };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var request = new TenantRequest
            {
                Name = parse.GetValue(name)!,
                Hosts = parse.GetValue(hosts) ?? [],
                UrlPrefix = parse.GetValue(prefix),
                RecipeName = null,
                DatabaseProvider = parse.GetValue(database),
                ConnectionString = parse.GetValue(connection),
                FeatureProfile = parse.GetValue(profile),
                Template = parse.GetValue(template),
                AllowWildcard = parse.GetValue(allowWildcard),
                Region = parse.GetValue(region),
                Tier = parse.GetValue(tier),
            };
            var recipeValue = parse.GetValue(recipe);
            if (parse.GetValue(setupLink))
            {
                await SetupLinkCommands.CreateAsync(console, services, request with { RecipeName = recipeValue }, ParameterOptions.Read(parse, parameters),
                    new SetupLinkOptions(parse.GetValue(linkHours), parse.GetValue(linkScheme)!), ct);
                return;
            }

            var setupNow = recipeValue is not null && !parse.GetValue(noSetup);
            var loaded = recipeValue is null ? null : RecipeSource.Load(services.GetRequiredService<IRecipeCatalog>(), recipeValue);
            if (loaded is not null)
            {
                RecipeKindRule.Check(loaded, request.Name);
            }

            request = request with { RecipeName = loaded?.Name };
            var creation = await services.GetRequiredService<ITenantCreation>().EnsureCreatedAsync(request, setupNow ? loaded : null,
                setupNow ? ParameterOptions.Read(parse, parameters) : null, new WriterProgress(console.Output), ct);
            await console.Output.WriteLineAsync(creation.Created
                ? $"Created tenant '{creation.Tenant.Name}' ({creation.Tenant.State}). {TenantAddresses.Describe(creation.Tenant, CommandConsole.Address(services))}"
                : $"Tenant '{creation.Tenant.Name}' already exists with these settings ({creation.Tenant.State}); nothing to do.");
            await GeneratedPassword.WriteAsync(console.Output, creation.GeneratedAdminPassword);
            await console.ReportReadyAsync(services, creation.Tenant, ct);
        }));
        return command;
    }

    private static Command List(CommandConsole console)
    {
        var search = new Option<string?>("--search") { Description = "Part of a name, host or prefix, or a state." };
        var page = new Option<int>("--page") { Description = "Page number.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--page-size") { Description = "Tenants per page (at most 200).", DefaultValueFactory = _ => 50 };
        var command = new Command("list", "List the stores.") { search, page, size };
        command.SetAction((parse, _) => console.RunAsync(async services =>
        {
            var (items, total) = new TenantDirectory(services.GetRequiredService<ITenantCatalog>()).Page(parse.GetValue(search), parse.GetValue(page), parse.GetValue(size));
            var address = CommandConsole.Address(services);
            await console.Output.WriteLineAsync($"{"NAME",-24} {"STATE",-14} {"RECIPE",-16} {"REGION",-12} {"TIER",-9} {"CREATED",-17} ADDRESS");
            foreach (var t in items)
            {
                await console.Output.WriteLineAsync(
                    $"{t.Name,-24} {t.State,-14} {t.RecipeName ?? "-",-16} {t.Region ?? "-",-12} {TenantTiers.Of(t),-9} {t.CreatedUtc:yyyy-MM-dd HH:mm} {TenantAddresses.Describe(t, address)}");
            }

            await console.Output.WriteLineAsync($"{items.Count} of {total} tenant(s).");
        }));
        return command;
    }

    private static Command Show(CommandConsole console)
    {
        var name = new Argument<string>("name") { Description = "The store's name." };
        var command = new Command("show", "Show one store: state, addresses, region and tier, recipe, profile and template.") { name };
        command.SetAction((parse, _) => console.RunAsync(async services =>
        {
            var tenant = services.GetRequiredService<ITenantCatalog>().Find(parse.GetValue(name)!)
                ?? throw new InvalidOperationException($"There is no tenant '{parse.GetValue(name)}'.");
            var lines = new[]
            {
                $"Name:      {tenant.Name}",
                $"State:     {tenant.State}",
                $"Address:   {TenantAddresses.Describe(tenant, CommandConsole.Address(services))}",
                $"Region:    {tenant.Region ?? "- (host default database)"}",
                $"Tier:      {TenantTiers.Of(tenant)}",
                $"Database:  {tenant.DatabaseProvider}{(tenant.Schema is null ? "" : $", schema {tenant.Schema}")}",
                $"Recipe:    {tenant.RecipeName ?? "-"}",
                $"Profile:   {tenant.FeatureProfile ?? "-"}",
                $"Template:  {tenant.Template ?? "-"}",
                $"Created:   {tenant.CreatedUtc:yyyy-MM-dd HH:mm} UTC",
            };
            foreach (var line in lines)
            {
                await console.Output.WriteLineAsync(line);
            }
        }));
        return command;
    }
}
