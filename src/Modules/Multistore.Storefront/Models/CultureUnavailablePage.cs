namespace Multistore.Storefront.Models;

/// <summary>
/// The culture picker was asked for a culture the store does not offer: the name asked for (shortened), and each
/// culture the store does offer with the link that switches to it and returns to the same page.
/// </summary>
public sealed record CultureUnavailablePage(string Requested, IReadOnlyList<CultureChoice> Cultures, string ReturnUrl);
