namespace Multistore.Theming;

/// <summary>
/// Unsaved theme choices an admin is previewing: set as a request feature, it makes that one request render
/// with <see cref="Theme"/> and these setting values instead of the saved ones. Nothing is stored.
/// </summary>
public sealed record ThemePreview(string Theme, IReadOnlyDictionary<string, string> Settings);
