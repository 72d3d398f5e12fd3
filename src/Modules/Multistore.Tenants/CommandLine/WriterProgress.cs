using System.Diagnostics;

namespace Multistore.Tenants.CommandLine;

/// <summary>Prints setup progress as it happens, with the time since the start (synchronously, so lines keep their order).</summary>
internal sealed class WriterProgress(TextWriter output) : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Report(string value) => output.WriteLine($"  [{_clock.Elapsed.TotalSeconds,5:0.0}s] {value}");
}
