using System.Reflection;

namespace Multistore.Hosting;

/// <summary>
/// Finds the engine by <see cref="HostEngineAttribute"/>: among the assemblies already loaded (a test host has the
/// engine running), then among those the application's entry assembly references (the web host references the engine).
/// </summary>
public static class HostEngines
{
    public static IHostEngine Find()
    {
        var candidates = AppDomain.CurrentDomain.GetAssemblies()
            .Concat((Assembly.GetEntryAssembly()?.GetReferencedAssemblies() ?? []).Select(TryLoad).OfType<Assembly>());
        var engine = candidates.Select(assembly => assembly.GetCustomAttribute<HostEngineAttribute>()).OfType<HostEngineAttribute>().FirstOrDefault()
            ?? throw new InvalidOperationException("No assembly of the application declares the engine ([assembly: HostEngine(...)]).");
        return (IHostEngine)Activator.CreateInstance(engine.EngineType, nonPublic: true)!;
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
