using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>Creating a store that awaits setup by its own administrator, and issuing it a new link.</summary>
public static class SetupLinkEndpoints
{
    public const int DefaultHours = 72;

    public static async Task<Created<SetupLinkDto>> CreateAsync(TenantRequest request, CreateTenantBody body, ITenantSetupLinks links, HttpContext context, CancellationToken ct)
    {
        var link = await links.CreateAsync(request, Parameters(body.Parameters), Lifetime(body.SetupLinkHours), ct);
        return TypedResults.Created($"/api/tenants/{link.Tenant.Name}", Answer(link, context));
    }

    public static Task<Results<Ok<SetupLinkDto>, ValidationProblem, ProblemHttpResult>> ReissueAsync(string name, SetupTenantBody body, int? hours, ITenantSetupLinks links, HttpContext context) =>
        TenantErrors.HandleAsync(() => Task.FromResult(TypedResults.Ok(Answer(links.Reissue(name, Parameters(body.Parameters), Lifetime(hours)), context))));

    public static SetupLinkDto Answer(SetupLink link, HttpContext context) =>
        new(TenantDto.From(link.Tenant), link.UrlOn(context.Request.Scheme, context.Request.Host.Value ?? "localhost"), link.ExpiresUtc);

    private static TimeSpan Lifetime(int? hours) =>
        hours is null ? TimeSpan.FromHours(DefaultHours)
        : hours > 0 ? TimeSpan.FromHours(hours.Value)
        : throw TenantValidationException.For("setupLinkHours", "A setup link must live at least one hour.");

    private static Dictionary<string, string> Parameters(Dictionary<string, string>? values) =>
        new(values ?? [], StringComparer.OrdinalIgnoreCase);
}
