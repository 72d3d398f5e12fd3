using System.Globalization;

namespace Multistore.Farm.Bench;

/// <summary>The command line: <c>[changes=50] [seconds=10] [connections=32] [rounds=3]</c>; the warm-up before each wrk run is 5 s.</summary>
public sealed record BenchOptions(int Changes, int Seconds, int Connections, int Rounds)
{
    public const int WarmUpSeconds = 5;

    public static BenchOptions Parse(string[] args) => new(
        Argument(args, 0, 50), Argument(args, 1, 10), Argument(args, 2, 32), Argument(args, 3, 3));

    private static int Argument(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
