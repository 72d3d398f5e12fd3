using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Multistore.Integration.Tests.Data;

/// <summary>
/// The class of the mixed-provider crash: an EF Core compiled query kept in a static field binds to the provider of
/// the first store that runs it. Every engine and module assembly is searched for such a field; compiled queries go
/// through <see cref="Multistore.Data.CompiledQueryByProvider{TQuery}"/> instead.
/// </summary>
public sealed class CompiledQueryGuardTests
{
    [Fact]
    public void NoStaticFieldHoldsADelegateOverADbContext()
    {
        var offenders = MultistoreAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => typeof(Delegate).IsAssignableFrom(f.FieldType) && TakesDbContext(f.FieldType))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Static delegates over a DbContext (compile per provider instead): " + string.Join(", ", offenders));
    }

    [Fact]
    public void TheGuardSeesTheAssembliesItSearches()
    {
        var names = MultistoreAssemblies().Select(a => a.GetName().Name).ToList();

        Assert.Contains("Multistore.Pricing", names);
        Assert.Contains("Multistore.Catalog", names);
        Assert.Contains("Multistore.Core", names);
    }

    private static bool TakesDbContext(Type delegateType) =>
        delegateType.IsGenericType && delegateType.GetGenericArguments().Any(a => typeof(DbContext).IsAssignableFrom(a));

    private static IEnumerable<Assembly> MultistoreAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Multistore.*.dll")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(new AssemblyName(name)));
}
