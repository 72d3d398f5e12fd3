using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Multistore.Theming;

/// <summary>
/// Renders a storefront template of the tenant's theme (tenant override, theme, base themes, module default)
/// into an HTTP result. The result is typed, so a handler can declare it in its <c>Results&lt;...&gt;</c> union.
/// </summary>
public interface IThemeViewRenderer
{
    Task<ContentHttpResult> ViewAsync(string template, object? model, int statusCode = StatusCodes.Status200OK);

    Task<string> RenderAsync(string template, object? model, CancellationToken cancellationToken = default);
}
