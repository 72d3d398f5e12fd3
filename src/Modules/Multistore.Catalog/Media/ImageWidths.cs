namespace Multistore.Catalog.Media;

/// <summary>
/// The widths images are served in. A request for any width gets the next one up (never wider than the
/// original), so each image has at most this many resized files on disk.
/// </summary>
public static class ImageWidths
{
    public static readonly IReadOnlyList<int> Served = [160, 320, 480, 640, 800, 1200, 1600, 2400];

    /// <summary>The served width for a requested one; null means the original (no width asked, or the original is narrower).</summary>
    public static int? For(int? requested, int originalWidth)
    {
        if (requested is not > 0)
        {
            return null;
        }

        var width = Served.FirstOrDefault(w => w >= requested, Served[^1]);
        return width >= originalWidth ? null : width;
    }
}
