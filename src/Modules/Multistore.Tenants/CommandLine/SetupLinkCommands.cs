using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Endpoints;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// The command line's door to setup by link: <c>tenants create ... --setup-link</c> registers a store that waits for
/// its own administrator, and <c>tenants setup-link &lt;name&gt;</c> issues a new link for it. Both print the link.
/// </summary>
internal static class SetupLinkCommands
{
    public static Option<bool> CreateOption() =>
        new("--setup-link") { Description = "Don't run the recipe now: print a time-limited link the store's own administrator opens to set it up." };

    public static Option<int> HoursOption() =>
        new("--link-hours") { Description = "How long the setup link works, in hours.", DefaultValueFactory = _ => SetupLinkEndpoints.DefaultHours };

    public static Option<string> SchemeOption() =>
        new("--link-scheme") { Description = "Scheme of the printed link (the store's public address).", DefaultValueFactory = _ => "https" };

    public static Command Reissue(CommandConsole console)
    {
        var name = new Argument<string>("name") { Description = "A store awaiting setup." };
        var parameters = ParameterOptions.Create();
        var hours = HoursOption();
        var scheme = SchemeOption();
        var command = new Command("setup-link", "Issue a new setup link for a store awaiting setup (the old one expired or was lost).") { name, parameters, hours, scheme };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var link = services.GetRequiredService<ITenantSetupLinks>().Reissue(parse.GetValue(name)!, ParameterOptions.Read(parse, parameters), Lifetime(parse.GetValue(hours)));
            await WriteAsync(console, link, parse.GetValue(scheme)!);
        }));
        return command;
    }

    public static async Task CreateAsync(CommandConsole console, IServiceProvider services, TenantRequest request, IReadOnlyDictionary<string, string> parameters,
        SetupLinkOptions options, CancellationToken cancellationToken)
    {
        var link = await services.GetRequiredService<ITenantSetupLinks>().CreateAsync(request, parameters, Lifetime(options.Hours), cancellationToken);
        await WriteAsync(console, link, options.Scheme);
    }

    private static TimeSpan Lifetime(int hours) =>
        hours > 0 ? TimeSpan.FromHours(hours) : throw TenantValidationException.For("link-hours", "A setup link must live at least one hour.");

    private static async Task WriteAsync(CommandConsole console, SetupLink link, string scheme)
    {
        await console.Output.WriteLineAsync($"Tenant '{link.Tenant.Name}' is {link.Tenant.State}. Send this link to the store's administrator; it works once, until {link.ExpiresUtc:yyyy-MM-dd HH:mm} UTC:");
        await console.Output.WriteLineAsync(link.UrlOn(scheme, "localhost"));
    }
}
