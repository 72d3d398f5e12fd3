namespace Multistore.Core.Tests.Architecture;

/// <summary>
/// The engine's types that may be public, by name. Everything else in Multistore.Core is internal (the tests and
/// benchmarks reach it through InternalsVisibleTo), so no module can grow a dependency on it: what a module needs of
/// the engine is a contract in Multistore.Abstractions. Regenerate the internal part with
/// <c>python3 scripts/make-core-internal.py</c>.
/// </summary>
public static class CorePublicSurface
{
    /// <summary>What the host (src/Multistore.Web) calls: <c>builder.AddMultistore()</c>, <c>app.UseMultistore()</c>.</summary>
    public static IReadOnlySet<string> HostEntryPoints { get; } = new HashSet<string>(StringComparer.Ordinal) { "MultistoreHostingExtensions" };
}
