using System.Diagnostics;
using System.Globalization;

namespace Multistore.Shells;

/// <summary>How long each phase of a shell build took, for the build log line.</summary>
internal sealed class ShellBuildPhases
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly List<(string Phase, double Milliseconds)> _phases = [];
    private long _last = Stopwatch.GetTimestamp();

    public double TotalMilliseconds => Stopwatch.GetElapsedTime(_started).TotalMilliseconds;

    public void Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        _phases.Add((phase, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds));
        _last = now;
    }

    public override string ToString() =>
        string.Join(", ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Milliseconds:F0} ms")));
}
