using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Services;
using Multistore.Localization;

namespace Multistore.Catalog.Editing;

/// <summary>
/// Saves attribute and option labels: each attribute given gets exactly the labels given (its others are removed),
/// all in one transaction with a change-log row per attribute, so pages and search indexes show the new labels.
/// </summary>
internal sealed class AttributeLabelWriter(CatalogDbContext db, CatalogChangeLog changeLog)
{
    public static List<FieldError> Validate(IReadOnlyList<AttributeInput> attributes)
    {
        var errors = new List<FieldError>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < attributes.Count; i++)
        {
            var at = $"attributes[{i}]";
            var name = attributes[i].Name.Trim();
            if (name.Length is 0 or > AttributeLabel.MaxNameLength)
            {
                errors.Add(new($"{at}.name", $"is required, at most {AttributeLabel.MaxNameLength} characters."));
            }
            else if (!names.Add(name))
            {
                errors.Add(new($"{at}.name", $"'{name}' is given twice."));
            }

            CheckTexts(attributes[i].Names, $"{at}.names", errors);
            foreach (var (value, texts) in attributes[i].Values)
            {
                if (value.Trim().Length is 0 or > AttributeLabel.MaxValueLength)
                {
                    errors.Add(new($"{at}.values", $"'{value}' is not a value: give one of 1 to {AttributeLabel.MaxValueLength} characters."));
                }

                CheckTexts(texts, $"{at}.values.{value}", errors);
            }
        }

        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> SaveAsync(IReadOnlyList<AttributeInput> attributes, CancellationToken cancellationToken)
    {
        var errors = Validate(attributes);
        if (errors.Count > 0)
        {
            return errors;
        }

        var names = attributes.Select(a => a.Name.Trim().ToLowerInvariant()).ToList();
        db.AttributeLabels.RemoveRange(await db.AttributeLabels.Where(l => names.Contains(l.Name)).ToListAsync(cancellationToken));
        foreach (var attribute in attributes)
        {
            var name = attribute.Name.Trim().ToLowerInvariant();
            var labels = attribute.Names.Select(n => Label(name, "", n.Key, n.Value))
                .Concat(attribute.Values.SelectMany(v => v.Value.Select(t => Label(name, v.Key.Trim(), t.Key, t.Value))));
            db.AttributeLabels.AddRange(labels.DistinctBy(l => (l.Value.ToUpperInvariant(), l.Culture.ToUpperInvariant())));
        }

        await changeLog.SaveWithChangesAsync([.. names.Select(n => (CatalogChangeKind.Attribute, n))], cancellationToken);
        return [];
    }

    /// <summary>Every attribute with labels, as <see cref="SaveAsync"/> takes them back.</summary>
    public async Task<IReadOnlyList<AttributeInput>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var labels = await db.AttributeLabels.AsNoTracking().ToListAsync(cancellationToken);
        return [.. labels.GroupBy(l => l.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new AttributeInput
        {
            Name = g.Key,
            Names = g.Where(l => l.Value.Length == 0).OrderBy(l => l.Culture, StringComparer.Ordinal).ToDictionary(l => l.Culture, l => l.Text, StringComparer.OrdinalIgnoreCase),
            Values = g.Where(l => l.Value.Length > 0).GroupBy(l => l.Value).OrderBy(v => v.Key, StringComparer.Ordinal)
                .ToDictionary(v => v.Key, v => v.OrderBy(l => l.Culture, StringComparer.Ordinal).ToDictionary(l => l.Culture, l => l.Text, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal),
        })];
    }

    private static AttributeLabel Label(string name, string value, string culture, string text) =>
        new() { Name = name, Value = value, Culture = culture, Text = text.Trim() };

    private static void CheckTexts(Dictionary<string, string> texts, string at, List<FieldError> errors)
    {
        foreach (var (culture, text) in texts)
        {
            if (CultureNames.Check(culture) is { } cultureError)
            {
                errors.Add(new($"{at}.{culture}", cultureError));
            }
            else if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > AttributeLabel.MaxTextLength)
            {
                errors.Add(new($"{at}.{culture}", $"must be 1 to {AttributeLabel.MaxTextLength} characters."));
            }
        }
    }
}
