using System.Globalization;

namespace Multistore.Theming;

/// <summary>The culture the page renders in and the request's cancellation, for a <see cref="ITemplateFilter"/>.</summary>
public sealed record TemplateFilterContext(CultureInfo Culture, CancellationToken CancellationToken);
