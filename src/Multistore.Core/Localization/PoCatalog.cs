using System.Collections.Concurrent;
using System.Reflection;
using Multistore.Modules;
using Multistore.Theming;

namespace Multistore.Localization;

/// <summary>
/// The PO files every tenant shares: each module's embedded <c>Localization/{culture}.po</c> and each
/// theme's <c>Localization/{culture}.po</c>. Theme files are re-read when they change on disk, so a
/// translator's edit shows on the next request without a restart.
/// </summary>
internal sealed class PoCatalog
{
    private readonly ConcurrentDictionary<string, (long Stamp, PoFile File)> _themeFiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<PoFile>> _moduleFiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly ThemeCatalog _themes;

    public PoCatalog(ModuleCatalog modules, ThemeCatalog themes)
    {
        _themes = themes;
        foreach (var assembly in modules.Assemblies)
        {
            LoadModule(assembly);
        }
    }

    /// <summary>Module files for exactly this culture name (sv-SE or sv).</summary>
    public IReadOnlyList<PoFile> ModuleFiles(string culture) => _moduleFiles.TryGetValue(culture, out var files) ? files : [];

    /// <summary>Module cultures that have at least one PO file.</summary>
    public IEnumerable<string> ModuleCultures => _moduleFiles.Keys;

    /// <summary>The theme's own file for exactly this culture name, or the empty file.</summary>
    public PoFile ThemeFile(ThemeManifest theme, string culture)
    {
        var path = Path.Combine(theme.Folder, "Localization", culture + ".po");
        var stamp = _themes.Stamp(path);
        if (stamp == ThemeFileStamps.Missing)
        {
            return PoFile.Empty;
        }

        if (_themeFiles.TryGetValue(path, out var cached) && cached.Stamp == stamp)
        {
            return cached.File;
        }

        var file = PoParser.Parse(File.ReadAllText(path), path);
        _themeFiles[path] = (stamp, file);
        return file;
    }

    /// <summary>The cultures a theme has its own PO file for.</summary>
    public static IEnumerable<string> ThemeCultures(ThemeManifest theme)
    {
        var folder = Path.Combine(theme.Folder, "Localization");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.po").Select(Path.GetFileNameWithoutExtension).OfType<string>() : [];
    }

    /// <summary>The theme chain of <paramref name="theme"/>, nearest first.</summary>
    public IReadOnlyList<ThemeManifest> ThemeChain(string theme) => _themes.Chain(theme);

    private void LoadModule(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("Localization/", StringComparison.Ordinal) && r.EndsWith(".po", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var culture = resource["Localization/".Length..^".po".Length];
            if (!_moduleFiles.TryGetValue(culture, out var files))
            {
                _moduleFiles[culture] = files = [];
            }

            files.Add(PoParser.Parse(reader.ReadToEnd(), $"{assembly.GetName().Name}:{resource}"));
        }
    }
}
