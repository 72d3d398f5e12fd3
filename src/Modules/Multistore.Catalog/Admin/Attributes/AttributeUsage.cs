using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;

namespace Multistore.Catalog.Admin.Attributes;

/// <summary>
/// The attribute and option names products use, each with the values they use (attribute values and variants'
/// option values), plus any name or value that already has labels: what the labels editor lists.
/// </summary>
internal sealed class AttributeUsage(CatalogDbContext db)
{
    public async Task<SortedDictionary<string, SortedSet<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        var result = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            var key = name.Trim().ToLowerInvariant();
            if (!result.TryGetValue(key, out var values))
            {
                result[key] = values = new SortedSet<string>(StringComparer.Ordinal);
            }

            if (!string.IsNullOrWhiteSpace(value))
            {
                values.Add(value.Trim());
            }
        }

        foreach (var attribute in await db.Set<ProductAttributeValue>().AsNoTracking().Select(a => new { a.Name, a.Value }).Distinct().ToListAsync(cancellationToken))
        {
            Add(attribute.Name, attribute.Value);
        }

        var options = (await db.Set<ProductOption>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(o => o.ProductId);
        foreach (var variant in await db.ProductVariants.AsNoTracking().ToListAsync(cancellationToken))
        {
            foreach (var option in options[variant.ProductId])
            {
                Add(option.Name, option.Position < variant.Values.Count ? variant.Values[option.Position] : null);
            }
        }

        foreach (var label in await db.AttributeLabels.AsNoTracking().ToListAsync(cancellationToken))
        {
            Add(label.Name, label.Value);
        }

        return result;
    }
}
