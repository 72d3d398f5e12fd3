using Multistore.Commerce;

namespace Multistore.Catalog.Models;

public sealed record VariantView(string Sku, string Name, IReadOnlyList<string> Values, Money? Price, Money? CompareAt);
