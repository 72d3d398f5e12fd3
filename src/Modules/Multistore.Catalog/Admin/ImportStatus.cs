namespace Multistore.Catalog.Admin;

/// <summary>What the import page's progress bar polls for.</summary>
public sealed record ImportStatus(int Processed, int Total, int Saved, int Failed, bool Completed, string? Failure);
