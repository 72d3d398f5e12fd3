namespace Multistore.Localization;

/// <summary>A store's own UI string translations per culture, as PO text; they win over the theme's and the modules'.</summary>
public interface ITranslationOverrides
{
    string Text(string culture);

    /// <summary>Saves the PO text of a culture; throws <see cref="FormatException"/> when it does not parse.</summary>
    Task SaveAsync(string culture, string text, CancellationToken cancellationToken);
}
