using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Recipes;

namespace Multistore.Catalog.Import;

/// <summary>
/// Imports products from CSV or JSON, each row on its own: a bad row is reported with its row number and field
/// and never stops or half-writes the others. Progress is updated row by row.
/// </summary>
internal sealed class CatalogImporter(ProductWriter writer, CatalogDbContext db)
{
    public async Task ImportCsvAsync(TextReader csv, ImportProgress progress, CancellationToken cancellationToken)
    {
        var rows = CsvRows.Read(csv).ToList();
        if (rows.Count == 0 || !rows[0].Any(h => string.Equals(h.Trim(), "sku", StringComparison.OrdinalIgnoreCase)))
        {
            progress.Complete("The first line must be a header with at least a 'sku' column.");
            return;
        }

        var header = rows[0].Select(h => h.Trim()).ToList();
        progress.Total = rows.Count - 1;
        for (var i = 1; i < rows.Count; i++)
        {
            var errors = new List<FieldError>();
            var input = CsvProductColumns.Read(header, rows[i], errors);
            await SaveRowAsync(i, input, errors, progress, cancellationToken);
        }

        progress.Complete();
    }

    public async Task ImportJsonAsync(Stream json, ImportProgress progress, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            progress.Complete($"The file is not JSON: {exception.Message}");
            return;
        }

        using (document)
        {
            var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement
                : document.RootElement.TryGetProperty("products", out var products) ? products : default;
            if (items.ValueKind != JsonValueKind.Array)
            {
                progress.Complete("Expected an array of products, or an object with a 'products' array.");
                return;
            }

            progress.Total = items.GetArrayLength();
            var row = 0;
            foreach (var item in items.EnumerateArray())
            {
                row++;
                var input = CatalogJson.ReadProduct(item, out var error);
                await SaveRowAsync(row, input ?? new ProductInput(), error is null ? [] : [new("product", error)], progress, cancellationToken);
            }
        }

        progress.Complete();
    }

    private async Task SaveRowAsync(int row, ProductInput input, List<FieldError> readErrors, ImportProgress progress, CancellationToken cancellationToken)
    {
        var sku = string.IsNullOrWhiteSpace(input.Sku) ? null : input.Sku;
        if (readErrors.Count > 0)
        {
            progress.RowFailed(readErrors.Select(e => new ImportRowError(row, sku, e.Field, e.Message)));
            return;
        }

        try
        {
            var result = await writer.SaveAsync(input, cancellationToken);
            if (result.Succeeded)
            {
                progress.RowSaved();
            }
            else
            {
                progress.RowFailed(result.Errors.Select(e => new ImportRowError(row, sku, e.Field, e.Message)));
            }
        }
        catch (DbUpdateException exception)
        {
            progress.RowFailed([new ImportRowError(row, sku, "sku", exception.InnerException?.Message ?? exception.Message)]);
        }
        finally
        {
            // Each row starts from a clean slate: nothing of a failed row lingers into the next save.
            db.ChangeTracker.Clear();
        }
    }
}
