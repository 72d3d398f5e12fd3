using System.CommandLine;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// <c>dotnet run -- tenants create|list|setup|enable|disable|remove|export|apikey ...</c>: the command-line door
/// to the tenant lifecycle, in the host's own executable; and <c>strings missing</c>, the stores' untranslated UI strings. It writes the host database directly; a host running
/// on the same database notices within a second (TenantChangeWatcher) and serves the change without a restart.
/// </summary>
public static class TenantsCommandLine
{
    public static bool Handles(string[] args) => args is ["tenants", ..] or ["strings", ..];

    /// <param name="args">The process arguments, starting with <c>tenants</c>.</param>
    /// <param name="settings">Configuration on top of appsettings (tests point it at their App_Data and database).</param>
    /// <param name="output">Where results and progress go; the console by default.</param>
    /// <param name="storeProbe">How a new store is asked whether it answers (tests pass their in-memory host); the network by default.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null, TextWriter? output = null,
        HttpMessageHandler? storeProbe = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        await using var host = new CommandLineHost(settings ?? new Dictionary<string, string?>());
        using var network = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) };
        var console = new CommandConsole(host, output, storeProbe ?? network);
        var tenants = new Command("tenants", "Create and manage the stores (tenants) of this host.");
        foreach (var command in TenantCommands.All(console))
        {
            tenants.Subcommands.Add(command);
        }

        var root = new RootCommand("Multistore host") { tenants, StringsCommand.Create(console) };
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
