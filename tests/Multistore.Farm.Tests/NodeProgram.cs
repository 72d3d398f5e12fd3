namespace Multistore.Farm.Tests;

/// <summary>
/// What a node runs: <c>dotnet src/Multistore.Web/bin/Release/net10.0/Multistore.Web.dll</c>, built by test.sh's
/// <c>dotnet build -c Release</c>. Found from the repository root above the test assembly.
/// </summary>
public static class NodeProgram
{
    private const string RelativePath = "src/Multistore.Web/bin/Release/net10.0/Multistore.Web.dll";

    public static string Dotnet { get; } = RequiredProgram.Find("dotnet", "dotnet-sdk-10.0");

    public static string WebDll { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Multistore.sln")))
            {
                var dll = Path.Combine(folder.FullName, RelativePath);
                return File.Exists(dll)
                    ? dll
                    : throw new InvalidOperationException($"The farm's nodes run {dll}, which is missing: build first (dotnet build Multistore.sln -c Release).");
            }
        }

        throw new InvalidOperationException($"No Multistore.sln above {AppContext.BaseDirectory}: the farm tests find the node program from the repository root.");
    }
}
