namespace Multistore.Theming;

/// <summary>A page that failed with the store's override and was shown with the theme's templates instead.</summary>
public sealed record TemplateRenderError(string Page, string Message, DateTimeOffset AtUtc);
