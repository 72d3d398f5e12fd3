using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Services;
using Multistore.Localization;

namespace Multistore.Catalog.Editing;

/// <summary>Creates or updates categories by key; a parent must exist (or come earlier in the same batch).</summary>
internal sealed class CategoryWriter(CatalogDbContext db, CatalogChangeLog changeLog)
{
    public async Task<IReadOnlyList<FieldError>> SaveAsync(IReadOnlyList<CategoryInput> inputs, CancellationToken cancellationToken)
    {
        var errors = Validate(inputs);
        if (errors.Count > 0)
        {
            return errors;
        }

        var all = await db.Categories.Include(c => c.Translations).ToListAsync(cancellationToken);
        var changes = new List<(CatalogChangeKind, string)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var category = all.FirstOrDefault(c => string.Equals(c.Key, input.Key, StringComparison.OrdinalIgnoreCase));
            if (category is null)
            {
                category = new Category { Key = input.Key };
                db.Categories.Add(category);
                all.Add(category);
            }

            var parent = input.Parent is null ? null : all.FirstOrDefault(c => string.Equals(c.Key, input.Parent, StringComparison.OrdinalIgnoreCase));
            if (input.Parent is not null && (parent is null || parent == category || IsBelow(parent, category, all)))
            {
                return [new($"categories[{i}].parent", parent is null ? $"There is no category '{input.Parent}'." : "would put the category below itself.")];
            }

            category.ParentId = parent?.Id;
            category.SortOrder = input.SortOrder;
            foreach (var (culture, name) in input.Names)
            {
                var text = category.Translations.FirstOrDefault(t => string.Equals(t.Culture, culture, StringComparison.OrdinalIgnoreCase));
                if (text is null)
                {
                    category.Translations.Add(text = new CategoryTranslation { CategoryId = category.Id, Culture = culture });
                }

                text.Name = name.Trim();
                text.Slug = Slugs.From(name);
            }

            changes.Add((CatalogChangeKind.Category, category.Id.ToString()));
        }

        await changeLog.SaveWithChangesAsync(changes, cancellationToken);
        return [];
    }

    /// <summary>
    /// Deletes a category that has no subcategories and no products; otherwise says what still uses it.
    /// </summary>
    public async Task<FieldError?> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var category = await db.Categories.Include(c => c.Translations).SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (category is null)
        {
            return new("key", $"There is no category '{key}'.");
        }

        var children = await db.Categories.CountAsync(c => c.ParentId == category.Id, cancellationToken);
        if (children > 0)
        {
            return new("key", $"'{key}' has {children} subcategor{(children == 1 ? "y" : "ies")}; move or delete them first.");
        }

        var used = await db.Products.Where(p => p.Categories.Any(c => c.CategoryId == category.Id)).OrderBy(p => p.Sku).Select(p => p.Sku).ToListAsync(cancellationToken);
        if (used.Count > 0)
        {
            var some = string.Join(", ", used.Take(5)) + (used.Count > 5 ? ", …" : "");
            return new("key", $"'{key}' is used by {used.Count} product{(used.Count == 1 ? "" : "s")} ({some}); remove it from them first.");
        }

        db.Categories.Remove(category);
        await changeLog.SaveWithChangesAsync([(CatalogChangeKind.Category, category.Id.ToString())], cancellationToken);
        return null;
    }

    public static List<FieldError> Validate(IReadOnlyList<CategoryInput> inputs)
    {
        var errors = new List<FieldError>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < inputs.Count; i++)
        {
            var at = $"categories[{i}]";
            if (string.IsNullOrWhiteSpace(inputs[i].Key) || inputs[i].Key.Length > 64)
            {
                errors.Add(new($"{at}.key", "is required, at most 64 characters."));
            }
            else if (!keys.Add(inputs[i].Key))
            {
                errors.Add(new($"{at}.key", $"'{inputs[i].Key}' appears twice."));
            }

            if (inputs[i].Names.Count == 0)
            {
                errors.Add(new($"{at}.names", "is required: an object of culture to name."));
            }

            foreach (var (culture, name) in inputs[i].Names)
            {
                if (CultureNames.Check(culture) is { } error)
                {
                    errors.Add(new($"{at}.names.{culture}", error));
                }
                else if (string.IsNullOrWhiteSpace(name))
                {
                    errors.Add(new($"{at}.names.{culture}", "must not be empty."));
                }
            }
        }

        return errors;
    }

    private static bool IsBelow(Category candidate, Category ancestor, List<Category> all)
    {
        for (var at = candidate; at.ParentId is { } parentId; at = all.First(c => c.Id == parentId))
        {
            if (parentId == ancestor.Id)
            {
                return true;
            }
        }

        return false;
    }
}
