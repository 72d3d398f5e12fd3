namespace Multistore.Theming;

/// <summary>
/// Renders the store's page of a template's name with a candidate source before it is saved, so an edit that parses
/// but fails to render (a missing partial, a render limit) is refused instead of breaking the page.
/// </summary>
public interface ITemplateRenderCheck
{
    /// <summary>Null when the page renders with the candidate, else why it does not.</summary>
    Task<string?> TryCandidateAsync(TemplateCandidate candidate, CancellationToken cancellationToken);
}
