using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Modules.Tests.Architecture;

/// <summary>
/// A module never reaches into another module's tables: it calls the other module's published services and records.
/// These tests read the compiled modules, so a shortcut (injecting another module's DbContext, building another
/// module's entity) fails the build's tests naming the module and the type, instead of waiting for a review.
/// </summary>
public sealed class ModuleDataBoundaryTests
{
    [Fact]
    public void NoModuleUsesAnotherModulesDbContextOrDomainTypes()
    {
        var modules = ModuleAssemblies.All.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);
        var offences = modules.Values
            .SelectMany(module => ReferencedType.In(module.Location)
                .Where(type => type.Assembly != module.GetName().Name && modules.TryGetValue(type.Assembly, out var owner) && IsData(owner, type))
                .Select(type => $"{module.GetName().Name} uses {type.FullName} of {type.Assembly}"))
            .Distinct()
            .ToList();

        Assert.True(offences.Count == 0, "Modules reading other modules' data (call their published services instead):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void NoModulePublishesItsDbContextOrDomainTypes()
    {
        var published = ModuleAssemblies.All
            .SelectMany(PublishedData)
            .ToList();

        Assert.True(published.Count == 0, "Module DbContexts, Domain types, EF configurations and migrations must be internal:\n" + string.Join("\n", published));
    }

    [Fact]
    public void TheBoundaryTestsSeeEveryModuleAndWhatItReferences()
    {
        var names = ModuleAssemblies.All.Select(a => a.GetName().Name).ToList();
        var checkout = ModuleAssemblies.All.Single(a => a.GetName().Name == "Multistore.Checkout");

        Assert.Contains("Multistore.Orders", names);
        Assert.Contains("Multistore.StorefrontApi", names);
        Assert.True(names.Count >= 15, "Only found: " + string.Join(", ", names));
        Assert.Contains(ReferencedType.In(checkout.Location), t => t.Assembly == "Multistore.Orders");
    }

    private static IEnumerable<string> PublishedData(Assembly module) =>
        module.GetTypes().Where(t => t.IsVisible && IsData(module, t)).Select(t => $"{module.GetName().Name}: {t.FullName}");

    private static bool IsData(Assembly owner, Type type) =>
        IsDomainNamespace(owner, type.Namespace ?? "")
        || typeof(DbContext).IsAssignableFrom(type)
        || typeof(Migration).IsAssignableFrom(type)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));

    private static bool IsData(Assembly owner, ReferencedType type) =>
        IsDomainNamespace(owner, type.Namespace) || owner.GetType(type.FullName) is { } resolved && typeof(DbContext).IsAssignableFrom(resolved);

    /// <summary><c>Multistore.Orders.Domain</c> and below: the namespace a module keeps its entities in.</summary>
    private static bool IsDomainNamespace(Assembly owner, string ns)
    {
        var domain = owner.GetName().Name + ".Domain";
        return ns == domain || ns.StartsWith(domain + ".", StringComparison.Ordinal);
    }
}
