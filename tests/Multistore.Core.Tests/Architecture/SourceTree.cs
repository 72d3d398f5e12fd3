namespace Multistore.Core.Tests.Architecture;

/// <summary>
/// The repository the tests were built from, found by walking up from the test binaries to the solution file, so
/// architecture rules read the projects as they are on disk rather than as a test happened to load them.
/// </summary>
public static class SourceTree
{
    public static DirectoryInfo Root { get; } = FindRoot();

    /// <summary>Every project a module author writes against or in: the modules and the published contracts.</summary>
    public static IEnumerable<FileInfo> ModuleProjects() =>
        new DirectoryInfo(Path.Combine(Root.FullName, "src", "Modules")).EnumerateFiles("*.csproj", SearchOption.AllDirectories);

    public static FileInfo Project(string name) =>
        new DirectoryInfo(Path.Combine(Root.FullName, "src")).EnumerateFiles($"{name}.csproj", SearchOption.AllDirectories).Single();

    private static DirectoryInfo FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Multistore.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"No Multistore.sln above {AppContext.BaseDirectory}: the architecture tests read the source tree.");
    }
}
