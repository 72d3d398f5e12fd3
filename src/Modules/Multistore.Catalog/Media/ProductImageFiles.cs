using Multistore.Hosting;
using Multistore.Tenancy;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace Multistore.Catalog.Media;

/// <summary>
/// The tenant's image files: originals in <c>App_Data/Sites/{tenant}/media/products</c>, resized copies made on
/// first request in <c>media/cache</c> and kept. Files are written to a temporary name and moved into place,
/// so a reader never sees half a file.
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

        var resized = Path.Combine(Root, "cache", $"{Path.GetFileNameWithoutExtension(fileName)}-w{served}{Path.GetExtension(fileName)}");
        if (File.Exists(resized))
        {
            return resized;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(resized)!);
        await using var input = File.OpenRead(original);
        var (image, format) = await Image.LoadWithFormatAsync(input, cancellationToken);
        using var _ = image;
        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(served, 0), Mode = ResizeMode.Max }));
        var temporary = $"{resized}.{Guid.NewGuid():N}.tmp";
        await using (var output = File.Create(temporary))
        {
            await image.SaveAsync(output, format, cancellationToken);
        }

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
