namespace Multistore.Farm.Tests;

/// <summary>
/// The farm's own Redis on a free port (not the shared one on 6379, which other legs may be using), so a test can stop
/// and start it mid-run.
/// </summary>
public sealed class FarmRedis : IDisposable
{
    private readonly string _program = RequiredProgram.Find("redis-server", "redis-server");
    private readonly string _folder;
    private FarmProcess? _process;

    public FarmRedis(string folder)
    {
        _folder = Directory.CreateDirectory(folder).FullName;
        Port = FreePort.Next();
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public string Output() => _process?.Output() ?? "--- redis (never started) ---";

    public async Task StartAsync()
    {
        _process = FarmProcess.Start("redis", _program, ["--bind", "127.0.0.1", "--port", $"{Port}", "--save", "", "--appendonly", "no"], _folder);
        await Listening.WaitAsync(Port, _process);
    }

    /// <summary>Ends Redis at once, as a crash or an operator's restart would; every node loses its connection.</summary>
    public void Stop() => _process?.Dispose();

    public void Dispose() => Stop();
}
