using System.Text.Json;
using Multistore.Hosting;

namespace Multistore.Theming;

/// <summary>The theme folders of the host, read once; a theme's chain is itself then its base themes.</summary>
internal sealed class ThemeCatalog : IThemeCatalog, IDisposable
{
    private readonly Dictionary<string, ThemeManifest> _themes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ThemeFileStamps _files;

    public ThemeCatalog(AppDataPaths paths)
    {
        _files = new ThemeFileStamps(paths.Themes);
        if (!Directory.Exists(paths.Themes))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(paths.Themes))
        {
            var manifestPath = Path.Combine(folder, "theme.json");
            if (!File.Exists(manifestPath))
            {
                continue;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(manifestPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var name = root.GetProperty("name").GetString()!;
            _themes[name] = new ThemeManifest(
                name,
                root.TryGetProperty("displayName", out var display) ? display.GetString()! : name,
                root.TryGetProperty("baseTheme", out var baseTheme) ? baseTheme.GetString() : null,
                root.TryGetProperty("description", out var description) ? description.GetString()! : "",
                root.TryGetProperty("admin", out var admin) && admin.ValueKind == JsonValueKind.True,
                root.TryGetProperty("settings", out var settings) ? settings.Clone() : default,
                folder)
            {
                Touchpoint = root.TryGetProperty("touchpoint", out var touchpoint) ? touchpoint.GetString() : null,
            };
        }
    }

    public IReadOnlyCollection<ThemeManifest> Themes => _themes.Values;

    public ThemeManifest? Find(string name) => _themes.GetValueOrDefault(name);

    /// <summary>The theme and its ancestors, nearest first; stops at a missing base or a loop.</summary>
    public IReadOnlyList<ThemeManifest> Chain(string name)
    {
        var chain = new List<ThemeManifest>();
        for (var theme = Find(name); theme is not null && !chain.Contains(theme); theme = theme.BaseTheme is null ? null : Find(theme.BaseTheme))
        {
            chain.Add(theme);
        }

        return chain;
    }

    /// <summary>Finds a file (template or asset) in the theme or the nearest base that has it.</summary>
    public string? FindFile(string theme, string relativePath)
    {
        if (relativePath.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        return Chain(theme)
            .Select(t => Path.Combine(t.Folder, relativePath))
            .FirstOrDefault(_files.Exists);
    }

    /// <summary>A theme file's last write time in ticks, or <see cref="ThemeFileStamps.Missing"/>; remembered until the themes folder changes.</summary>
    public long Stamp(string path) => _files.Stamp(path);

    /// <summary>Changes whenever a file under the themes folder does (a template or PO file edited on disk).</summary>
    public long FilesVersion => _files.Version;

    public void Dispose() => _files.Dispose();
}
