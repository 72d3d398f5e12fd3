namespace Multistore.Localization;

/// <summary>A UI string the modules or themes use: its msgctxt (or null), its msgid and where it was found.</summary>
public sealed record UsedString(string? Context, string Id, string Source);
