using Microsoft.AspNetCore.Http;

namespace Multistore.Theming;

/// <summary>
/// Renders a storefront template of the tenant's theme (tenant override, theme, base themes, module default)
/// into an HTTP result.
/// </summary>
public interface IThemeViewRenderer
{
    Task<IResult> ViewAsync(string template, object? model, int statusCode = StatusCodes.Status200OK);

    Task<string> RenderAsync(string template, object? model, CancellationToken cancellationToken = default);
}
