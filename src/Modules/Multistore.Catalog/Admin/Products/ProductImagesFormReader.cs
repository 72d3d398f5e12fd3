using Microsoft.AspNetCore.Http;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Media;

namespace Multistore.Catalog.Admin.Products;

/// <summary>
/// Reads the images panel: <c>images[n].id</c> and <c>images[n].alt.{culture}</c> in the order shown, and the
/// order wanted: that order with <c>move</c> (<c>{id}:up</c> or <c>{id}:down</c>, from an image's arrow buttons) applied.
/// </summary>
public static class ProductImagesFormReader
{
    public static (List<ProductImageInput> Images, List<Guid> Order, List<FieldError> Errors, bool Moved) Read(IFormCollection form, IReadOnlyList<string> cultures)
    {
        var images = new List<ProductImageInput>();
        var errors = new List<FieldError>();
        for (var i = 0; i < ImageUploadLimits.MaxImagesPerProduct && form.ContainsKey($"images[{i}].id"); i++)
        {
            if (!Guid.TryParse(form[$"images[{i}].id"], out var id))
            {
                errors.Add(new($"images[{i}].id", "is not an image of this product."));
                continue;
            }

            images.Add(new ProductImageInput(id, cultures.ToDictionary(c => c, c => form[$"images[{i}].alt.{c}"].ToString(), StringComparer.OrdinalIgnoreCase)));
        }

        var order = images.Select(i => i.Id).ToList();
        var move = form["move"].ToString();
        if (move.Length == 0)
        {
            return (images, order, errors, false);
        }

        var parts = move.Split(':');
        var from = parts.Length == 2 && Guid.TryParse(parts[0], out var moved) ? order.IndexOf(moved) : -1;
        var to = parts.Length == 2 ? parts[1] switch { "up" => from - 1, "down" => from + 1, _ => int.MinValue } : int.MinValue;
        if (from < 0 || to == int.MinValue)
        {
            errors.Add(new("images", $"'{move}' is not a move of one of this product's images."));
        }
        else if (to >= 0 && to < order.Count)
        {
            (order[from], order[to]) = (order[to], order[from]);
        }

        return (images, order, errors, true);
    }
}
