using System.Net;

namespace Multistore.Farm.Tests;

/// <summary>
/// One node: the built <c>Multistore.Web.dll</c> run with <c>dotnet</c> on a port of its own, its content root and
/// App_Data in a folder of its own, configured by environment variables as an operator would.
/// </summary>
public sealed class FarmNode : IDisposable
{
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private FarmProcess? _process;

    public FarmNode(string name, string folder, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        _folder = Directory.CreateDirectory(folder).FullName;
        Port = FreePort.Next();
        _environment = new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}" };
    }

    public string Name { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public bool IsRunning => _process is { HasExited: false };

    public string Output() => _process?.Output() ?? $"--- node {Name} (never started) ---";

    /// <summary>Starts the node and waits until it answers /health with 200 (registry loaded, host database answers).</summary>
    public async Task StartAsync()
    {
        _process = FarmProcess.Start($"node {Name}", NodeProgram.Dotnet, [NodeProgram.WebDll], _folder, _environment);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var seen = "no answer";
        while (!giveUp.IsCancellationRequested && !_process.HasExited)
        {
            try
            {
                var response = await client.GetAsync(new Uri(Address, "health"), giveUp.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                seen = $"{(int)response.StatusCode}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                seen = exception.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        throw new InvalidOperationException($"Node {Name} never became healthy (last: {seen}).{Environment.NewLine}{Output()}");
    }

    /// <summary>Runs the node's own command line (<c>tenants ...</c>) with the node's configuration and returns what it printed.</summary>
    public async Task<string> RunCommandAsync(params string[] arguments)
    {
        using var command = FarmProcess.Start($"{Name} {string.Join(' ', arguments)}", NodeProgram.Dotnet, [NodeProgram.WebDll, .. arguments], _folder, _environment);
        if (!await command.ExitedAsync(TimeSpan.FromMinutes(3)))
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' did not finish.{Environment.NewLine}{command.Output()}");
        }

        return command.Output();
    }

    /// <summary>Starts a node that a test killed, and waits until it is healthy again.</summary>
    public async Task RestartAsync()
    {
        _process?.Dispose();
        await StartAsync();
    }

    /// <summary>Kills the node as <c>kill -9</c> would, in the middle of whatever it is doing.</summary>
    public void Kill() => _process?.Kill();

    public void Dispose() => _process?.Dispose();
}
