using System.Diagnostics;
using System.Globalization;

namespace Multistore.Farm.Bench;

/// <summary>Runs wrk (Debian package <c>wrk</c>) with two threads: a warm-up run that is not counted, then the measured run.</summary>
public sealed class Wrk(string program, BenchOptions options)
{
    public const string InstallHint = "apt-get install wrk";

    public static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "wrk"))
        .FirstOrDefault(File.Exists);

    public async Task<WrkResult> MeasureAsync(Uri url, IEnumerable<string> headers)
    {
        var sent = headers.ToArray();
        await RunAsync(url, sent, BenchOptions.WarmUpSeconds);
        return Parse(await RunAsync(url, sent, options.Seconds));
    }

    private async Task<string> RunAsync(Uri url, string[] headers, int seconds)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", $"-c{options.Connections}", $"-d{seconds}s", "--latency" })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var header in headers)
        {
            info.ArgumentList.Add("-H");
            info.ArgumentList.Add(header);
        }

        info.ArgumentList.Add(url.ToString());
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await error}{await output}");
    }

    private static WrkResult Parse(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string[] Words(string start) => lines.FirstOrDefault(line => line.StartsWith(start, StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var rps = Words("Requests/sec:");
        var p99 = Words("99%");
        var non2xx = Words("Non-2xx");
        var socket = lines.FirstOrDefault(line => line.StartsWith("Socket errors:", StringComparison.Ordinal)) ?? "";
        if (rps.Length < 2 || p99.Length < 2)
        {
            throw new InvalidOperationException($"wrk printed no rate or p99:{Environment.NewLine}{output}");
        }

        return new WrkResult(
            double.Parse(rps[1], CultureInfo.InvariantCulture),
            Milliseconds(p99[1]),
            non2xx.Length > 0 ? long.Parse(non2xx[^1], CultureInfo.InvariantCulture) : 0,
            socket);
    }

    /// <summary>wrk's latency with its unit (<c>850.00us</c>, <c>12.34ms</c>, <c>1.20s</c>) in milliseconds.</summary>
    private static double Milliseconds(string value)
    {
        var (number, scale) = value switch
        {
            _ when value.EndsWith("us", StringComparison.Ordinal) => (value[..^2], 0.001),
            _ when value.EndsWith("ms", StringComparison.Ordinal) => (value[..^2], 1.0),
            _ when value.EndsWith('m') => (value[..^1], 60_000.0),
            _ => (value.TrimEnd('s'), 1000.0),
        };
        return double.Parse(number, CultureInfo.InvariantCulture) * scale;
    }
}
