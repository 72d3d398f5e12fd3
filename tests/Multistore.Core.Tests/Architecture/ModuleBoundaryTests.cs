namespace Multistore.Core.Tests.Architecture;

/// <summary>
/// A module compiles against Multistore.Abstractions, Multistore.Admin.Abstractions and other modules' published
/// contracts, never against the engine or the Admin module's implementation: otherwise the engine's internals become
/// every module's API and can no longer change. Read from the project files, so a new reference fails here by name.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Engine = "Multistore.Core";
    private const string AdminImplementation = "Multistore.Admin";

    [Fact]
    public void NoModuleReferencesTheEngine()
    {
        var offenders = ModulesReferencing(Engine).ToList();

        Assert.True(offenders.Count == 0, Describe(offenders, Engine));
    }

    [Fact]
    public void NoModuleReferencesTheAdminModulesImplementation()
    {
        var offenders = ModulesReferencing(AdminImplementation).ToList();

        Assert.True(offenders.Count == 0, Describe(offenders, AdminImplementation) + " Reference Multistore.Admin.Abstractions instead.");
    }

    [Fact]
    public void ThePublishedContractsReferenceNeitherTheEngineNorAnyModule()
    {
        foreach (var contracts in new[] { "Multistore.Abstractions", "Multistore.Admin.Abstractions" })
        {
            var references = ProjectReferences.Of(SourceTree.Project(contracts));

            Assert.All(references, reference => Assert.True(
                reference is "Multistore.Abstractions",
                $"{contracts} references {reference}: the contracts may build on Multistore.Abstractions only."));
        }
    }

    private static IEnumerable<string> ModulesReferencing(string project) =>
        SourceTree.ModuleProjects()
            .Where(module => ProjectReferences.Of(module).Contains(project, StringComparer.Ordinal))
            .Select(module => Path.GetFileNameWithoutExtension(module.Name))
            .Order(StringComparer.Ordinal);

    private static string Describe(IEnumerable<string> modules, string project) =>
        string.Join(" ", modules.Select(module => $"{module} references {project}."));
}
