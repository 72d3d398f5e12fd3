using Multistore.Catalog.Services;

namespace Multistore.Catalog.Bench;

/// <summary>Deterministic products with realistic words, categories, attributes and prices.</summary>
public static class SyntheticCatalog
{
    public static readonly string[] Nouns = ["parka", "sweater", "beanie", "boots", "jacket", "shirt", "trousers", "scarf", "gloves", "socks", "hoodie", "sneaker", "watch", "backpack", "tent", "lamp", "mug", "blanket", "cap", "vest"];
    public static readonly string[] Adjectives = ["warm", "waterproof", "merino", "leather", "light", "classic", "heavy", "organic", "slim", "relaxed", "vintage", "technical", "soft", "durable", "recycled"];
    private static readonly string[] Colors = ["black", "navy", "grey", "red", "olive", "white", "blue", "sand"];
    private static readonly string[] Materials = ["wool", "cotton", "down", "leather", "polyester", "nylon", "linen", "steel"];
    private static readonly string[] Categories = ["outerwear", "knitwear", "accessories", "footwear", "tops", "bottoms", "outdoor", "home"];

    public static IndexableProduct Product(int i)
    {
        var random = new Random(i);
        var noun = Nouns[random.Next(Nouns.Length)];
        var name = $"{Adjectives[random.Next(Adjectives.Length)]} {Adjectives[random.Next(Adjectives.Length)]} {noun} {i}";
        var category = Categories[random.Next(Categories.Length)];
        return new IndexableProduct(
            Guid.NewGuid(), $"SKU-{i:D6}", true, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
            [$"SKU-{i:D6}"], [],
            new Dictionary<string, ProductText> { ["en-US"] = new(name, $"p-{i}", $"<p>A {name} made for every day. Pairs well with a {Nouns[random.Next(Nouns.Length)]}.</p>") },
            [new IndexableCategory(Guid.Empty, category, new Dictionary<string, string> { ["en-US"] = category })],
            new Dictionary<string, string> { ["color"] = Colors[random.Next(Colors.Length)], ["material"] = Materials[random.Next(Materials.Length)] });
    }

    public static decimal Price(int i) => 5m + (i * 7919 % 50000) / 100m;
}
