using System.Diagnostics;

namespace Multistore.Activation.Bench;

internal static class Memory
{
    public static (long Managed, long WorkingSet) Settle()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    public static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
