using System.Globalization;

namespace Multistore.Localization;

/// <summary>The UI strings a store's templates and modules use that have no translation yet in a culture.</summary>
public interface IMissingStrings
{
    /// <summary>The store's strings are written in English: an English culture has nothing to translate.</summary>
    static bool IsSourceLanguage(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    IReadOnlyList<UsedString> For(CultureInfo culture);
}
