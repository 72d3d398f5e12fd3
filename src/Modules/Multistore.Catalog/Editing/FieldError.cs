namespace Multistore.Catalog.Editing;

/// <summary>What is wrong with one field of an input, named as the input names it (<c>variants[1].sku</c>).</summary>
public sealed record FieldError(string Field, string Message);
