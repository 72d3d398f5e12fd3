namespace Multistore.Catalog.Media;

/// <summary>
/// The files an import of images touched: new ones written before the save (deleted again when it fails) and
/// removed images' files (deleted once the save went through, so a failed save loses no picture).
/// </summary>
public sealed class ProductImageChanges(ProductImageFiles files, IReadOnlyList<string> written, IReadOnlyList<string> removed)
{
    public static ProductImageChanges None(ProductImageFiles files) => new(files, [], []);

    public void Saved()
    {
        foreach (var name in removed)
        {
            files.Delete(name);
        }
    }

    public void Discarded()
    {
        foreach (var name in written)
        {
            files.Delete(name);
        }
    }
}
