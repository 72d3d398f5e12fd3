namespace Multistore.Farm.Bench;

/// <summary>The machine's load average (<c>/proc/loadavg</c>), printed beside the figures: other work shares the cores.</summary>
public static class Load
{
    public static string Now() => File.Exists("/proc/loadavg")
        ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "load unknown";
}
