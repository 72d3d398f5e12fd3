using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace Multistore.Theming;

/// <summary>
/// The storefront's page renderer. A render that fails or passes a limit with the store's template overrides in it
/// is logged, recorded against those overrides for the editor, and rendered again with the theme's own templates,
/// so a broken override never takes the store down. The override editor renders a candidate here before saving.
/// </summary>
public sealed class FluidViewRenderer(LiquidPageRenderer pages, TemplateRenderErrors errors, TimeProvider time, ILogger<FluidViewRenderer> logger)
    : IThemeViewRenderer
{
    public async Task<ContentHttpResult> ViewAsync(string template, object? model, int statusCode = StatusCodes.Status200OK)
    {
        var html = await RenderAsync(template, model, pages.RequestAborted);
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public async Task<string> RenderAsync(string template, object? model, CancellationToken cancellationToken = default)
    {
        var scope = new TemplateRenderScope();
        try
        {
            return await RenderInAsync(scope, template, model, cancellationToken);
        }
        catch (Exception exception) when (scope.UsedOverrides.Count > 0 && exception is not OperationCanceledException)
        {
            var message = TemplateRenderFailure.Describe(exception, pages.Limits);
            logger.LogWarning(exception, "Page {Template} failed with the store's overrides of {Overrides} ({Reason}); rendered with the theme's templates instead",
                template, string.Join(", ", scope.UsedOverrides), message);
            errors.Record(scope.UsedOverrides, template, message);
            return await RenderInAsync(new TemplateRenderScope { ThemeOnly = true }, template, model, cancellationToken);
        }
    }

    /// <summary>
    /// Renders <paramref name="candidate"/> in place of the stored override, as the page of that name (inside its
    /// layout, without a model: the sample every template must survive). Returns why it failed, or null.
    /// </summary>
    public async Task<string?> TryCandidateAsync(TemplateCandidate candidate, CancellationToken cancellationToken = default)
    {
        try
        {
            await RenderInAsync(new TemplateRenderScope { Candidate = candidate }, candidate.Name, null, cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return TemplateRenderFailure.Describe(exception, pages.Limits);
        }
    }

    private async Task<string> RenderInAsync(TemplateRenderScope scope, string template, object? model, CancellationToken cancellationToken)
    {
        using (TemplateRenderScope.Enter(scope))
        {
            return await pages.RenderAsync(template, model, new RenderBudget(pages.Limits, time, cancellationToken));
        }
    }
}
