using Multistore.Farm.Tests;

namespace Multistore.Farm.Bench;

/// <summary>
/// A second HAProxy, configured as the farm's (<c>farm/haproxy.cfg</c>) but with node A alone: the 1-node figures go
/// through the same proxy as the 2-node ones, and node B stays up, so the two can be measured in alternating rounds.
/// </summary>
public sealed class OneNodeBalancer : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mst-farm-bench-").FullName;
    private FarmProcess? _haproxy;

    public Uri Address { get; private set; } = null!;

    public async Task StartAsync(FarmNode node)
    {
        var port = FreePort.Next();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "farm", "haproxy.cfg"))
            .Where(line => !line.TrimStart().StartsWith("server b ", StringComparison.Ordinal))
            .Select(line => line.Replace("{{HaproxyPort}}", $"{port}", StringComparison.Ordinal).Replace("{{NodeAPort}}", $"{node.Port}", StringComparison.Ordinal));
        var config = Path.Combine(_folder, "haproxy.cfg");
        await File.WriteAllLinesAsync(config, lines);
        _haproxy = FarmProcess.Start("haproxy (node A alone)", RequiredProgram.Find("haproxy", "haproxy"), ["-db", "-f", config], _folder);
        await Listening.WaitAsync(port, _haproxy);
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public void Dispose()
    {
        _haproxy?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
