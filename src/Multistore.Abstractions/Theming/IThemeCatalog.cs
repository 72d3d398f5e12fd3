namespace Multistore.Theming;

/// <summary>
/// The themes installed on the host, read from their folders by the engine: what the theme editor offers, the chain a
/// theme inherits from, and a version that changes whenever a theme file does (so cached pages can tell).
/// </summary>
public interface IThemeCatalog
{
    IReadOnlyCollection<ThemeManifest> Themes { get; }

    ThemeManifest? Find(string name);

    /// <summary>The theme and its base themes, nearest first.</summary>
    IReadOnlyList<ThemeManifest> Chain(string name);

    long FilesVersion { get; }
}
