namespace Multistore.Catalog.Import;

/// <summary>Why one row (1-based, as editors count lines after the header) was not imported.</summary>
public sealed record ImportRowError(int Row, string? Sku, string Field, string Message);
