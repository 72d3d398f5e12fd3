using Multistore.Catalog.Editing;
using Multistore.Hosting;

namespace Multistore.Catalog.Recipes;

/// <summary>
/// Reads the image files a catalog recipe names (<c>"file": "media/nordic/parka.svg"</c>) from the recipes folder into
/// each image's data, so demo catalogs ship their pictures as files beside the recipe instead of base64 in it.
/// A path that leaves the recipes folder or names no file is an error naming the image.
/// </summary>
internal sealed class RecipeImageFiles(AppDataPaths paths)
{
    public List<FieldError> Load(ProductInput input)
    {
        var errors = new List<FieldError>();
        var root = Path.GetFullPath(paths.Recipes) + Path.DirectorySeparatorChar;
        for (var i = 0; i < (input.Images?.Count ?? 0); i++)
        {
            var image = input.Images![i];
            if (string.IsNullOrWhiteSpace(image.File))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(root, image.File.Trim()));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                errors.Add(new($"images[{i}].file", $"'{image.File}' is outside the recipes folder."));
            }
            else if (!System.IO.File.Exists(path))
            {
                errors.Add(new($"images[{i}].file", $"'{image.File}' does not exist in the recipes folder."));
            }
            else
            {
                image.Data = Convert.ToBase64String(System.IO.File.ReadAllBytes(path));
            }
        }

        return errors;
    }
}
