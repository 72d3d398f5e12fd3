namespace Multistore.Farm.Bench;

/// <summary>Ctrl+C stops the farm's processes and drops its database before the benchmark exits, as a normal end does.</summary>
public sealed class CancelOnInterrupt : IDisposable
{
    private readonly TestFarm _farm;

    public CancelOnInterrupt(TestFarm farm)
    {
        _farm = farm;
        Console.CancelKeyPress += Stop;
    }

    public void Dispose() => Console.CancelKeyPress -= Stop;

    private void Stop(object? sender, ConsoleCancelEventArgs e)
    {
        _farm.DisposeAsync().GetAwaiter().GetResult();
        Environment.Exit(130);
    }
}
