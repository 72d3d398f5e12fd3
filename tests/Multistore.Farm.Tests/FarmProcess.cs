using System.Collections.Concurrent;
using System.Diagnostics;

namespace Multistore.Farm.Tests;

/// <summary>
/// One program of the farm (a node, HAProxy, Varnish, Redis) run as a process of its own, its output kept (the last
/// lines) so a failing test can show what the program said. Stopping kills the whole process tree.
/// </summary>
public sealed class FarmProcess : IDisposable
{
    private const int KeptLines = 300;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly Process _process;
    private string _state = "running";

    private FarmProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited { get; private set; }

    public static FarmProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var started = new FarmProcess(name, process);
        process.Exited += (_, _) => started.Exited(process.ExitCode);
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name} ({fileName}) did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>What the program wrote last, for a failure message.</summary>
    public string Output() => $"--- {Name} ({_state}) ---{Environment.NewLine}{string.Join(Environment.NewLine, _output)}";

    public async Task<bool> ExitedAsync(TimeSpan timeout)
    {
        using var giveUp = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(giveUp.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Ends the program at once, as <c>kill -9</c> does: no shutdown, no goodbye to Redis or PostgreSQL.</summary>
    public void Kill()
    {
        if (!HasExited)
        {
            _state = "killed";
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing left to end.
        }

        _process.Dispose();
    }

    private void Exited(int code)
    {
        _state = $"exited {code}";
        HasExited = true;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }
}
