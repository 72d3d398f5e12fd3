using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Multistore.Theming;

/// <summary>
/// Whether theme files exist and when they were last written, remembered until anything under the themes folder
/// changes. Template and translation lookups ask for several files on every page; without this each question is a
/// file-system call (a tenth of an uncached page's CPU when measured).
/// </summary>
internal sealed class ThemeFileStamps : IDisposable
{
    /// <summary>The stamp of a file that does not exist.</summary>
    public const long Missing = -1;

    private readonly PhysicalFileProvider? _watcher;
    private readonly IDisposable? _subscription;
    private ConcurrentDictionary<string, long> _stamps = new(StringComparer.Ordinal);
    private long _version;

    public ThemeFileStamps(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        try
        {
            var watcher = new PhysicalFileProvider(root);
            _subscription = ChangeToken.OnChange(() => watcher.Watch("**/*"), Forget);
            _watcher = watcher;
        }
        catch (IOException)
        {
            // No file watcher to be had (the system's limit on watchers is reached): every lookup asks the file system.
            _watcher = null;
        }
    }

    /// <summary>The file's last write time in ticks, or <see cref="Missing"/>.</summary>
    public long Stamp(string path) => _watcher is null ? Read(path) : _stamps.GetOrAdd(path, Read);

    public bool Exists(string path) => Stamp(path) != Missing;

    /// <summary>Counts the changes seen under the themes folder, so caches of rendered pages can key on it.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Dispose()
    {
        _subscription?.Dispose();
        _watcher?.Dispose();
    }

    private static long Read(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks : Missing;

    // A new dictionary rather than Clear: a lookup racing with the change adds its old answer to the dropped one.
    private void Forget()
    {
        _stamps = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        Interlocked.Increment(ref _version);
    }
}
