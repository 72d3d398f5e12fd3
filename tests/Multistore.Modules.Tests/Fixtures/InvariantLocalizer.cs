using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Multistore.Modules.Tests.Fixtures;

/// <summary>
/// Answers every text with its English source, its arguments filled in with the invariant culture: what a
/// store without translations shows, so a test can assert the sentence a shopper reads.
/// </summary>
public sealed class InvariantLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
