using System.Xml.Linq;

namespace Multistore.Core.Tests.Architecture;

/// <summary>The projects a .csproj names in its <c>ProjectReference</c> items, by project name (file name without extension).</summary>
public static class ProjectReferences
{
    public static IReadOnlyList<string> Of(FileInfo project) =>
    [
        .. XDocument.Load(project.FullName)
            .Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => (string?)element.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/'))),
    ];
}
