namespace Multistore.Theming;

/// <summary>A template source an editor wants to save, rendered before it is stored.</summary>
public sealed record TemplateCandidate(string Name, string Source);
