using Multistore.Hosting;
using Multistore.Tenancy;

namespace Multistore.Catalog.Media;

/// <summary>
/// The tenant's image files: originals in <c>App_Data/Sites/{tenant}/media/products</c>, resized copies made on
/// first request in <c>media/cache</c> and kept. Files are written to a temporary name and moved into place,
/// so a reader never sees half a file. A resized copy is in the original's format, except that a GIF (which Skia
/// cannot write) is resized to PNG and named <c>.png</c>, so the served content type follows the file name.
/// </summary>
public sealed class ProductImageFiles(AppDataPaths paths, TenantSettings tenant)
{
    private string Root => Path.Combine(paths.TenantFolder(tenant.Name), "media");

    public string OriginalPath(string fileName) => Path.Combine(Root, "products", fileName);

    public async Task WriteOriginalAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var path = OriginalPath(fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The path of the file to serve: the original, or the resized copy (made now if missing); null when the image is gone.</summary>
    public async Task<string?> PathForAsync(string fileName, int? width, CancellationToken cancellationToken)
    {
        var original = OriginalPath(fileName);
        if (!File.Exists(original))
        {
            return null;
        }

        if (width is not { } served)
        {
            return original;
        }

        var extension = ProductImageCodec.StoredExtension(Path.GetExtension(fileName).TrimStart('.'));
        var resized = Path.Combine(Root, "cache", $"{Path.GetFileNameWithoutExtension(fileName)}-w{served}.{extension}");
        if (File.Exists(resized))
        {
            return resized;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(resized)!);
        var content = ProductImageCodec.Resize(original, served);
        var temporary = $"{resized}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, resized, overwrite: true);
        return resized;
    }

    public void Delete(string fileName)
    {
        File.Delete(OriginalPath(fileName));
        var cache = Path.Combine(Root, "cache");
        if (Directory.Exists(cache))
        {
            foreach (var copy in Directory.EnumerateFiles(cache, $"{Path.GetFileNameWithoutExtension(fileName)}-w*"))
            {
                File.Delete(copy);
            }
        }
    }
}
