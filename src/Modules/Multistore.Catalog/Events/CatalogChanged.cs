namespace Multistore.Catalog.Events;

/// <summary>Rows up to <paramref name="Sequence"/> were added to the change log (published after the save).</summary>
public sealed record CatalogChanged(long Sequence);
