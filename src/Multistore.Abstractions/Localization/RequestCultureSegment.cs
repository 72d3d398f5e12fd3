namespace Multistore.Localization;

/// <summary>Set when the culture came from the URL (<c>/de-de/...</c>): the store's base path without that segment.</summary>
public sealed record RequestCultureSegment(string Culture, string StoreBase);
