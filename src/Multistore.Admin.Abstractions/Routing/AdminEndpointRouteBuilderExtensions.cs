using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Permissions;
using Multistore.Http;

namespace Multistore.Admin.Routing;

/// <summary>
/// Maps admin pages and form handlers under <c>/admin</c>, each behind the policy of its permission.
/// A page is a Razor component rendered on the server; route and query values fill its <c>[Parameter]</c>
/// properties of the same name.
/// </summary>
public static class AdminEndpointRouteBuilderExtensions
{
    public const string BasePath = "/admin";

    public static RouteHandlerBuilder MapAdminPage<TPage>(this IEndpointRouteBuilder endpoints, string pattern, Permission permission)
        where TPage : IComponent
        => endpoints.MapGet(Under(pattern), (HttpContext context) => AdminResults.Page<TPage>(context))
            .RequireAuthorization(permission.PolicyName)
            .ExcludeFromDescription();

    /// <summary>A form post (antiforgery-checked when it binds <c>[FromForm]</c>) or admin API call behind a permission; bodies up to <see cref="RequestBodyCap.Staff"/>.</summary>
    public static RouteHandlerBuilder MapAdminPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler, Permission permission)
        => endpoints.MapPost(Under(pattern), handler)
            .RequireAuthorization(permission.PolicyName)
            .WithBodyCap(RequestBodyCap.Staff)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(AntiforgeryFilter.Instance);

    /// <summary>A form post anyone may make, such as signing in; antiforgery-checked like every admin post, with a shopper's small body cap.</summary>
    public static RouteHandlerBuilder MapAnonymousAdminPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler)
        => endpoints.MapPost(Under(pattern), handler)
            .AllowAnonymous()
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(AntiforgeryFilter.Instance);

    /// <summary>An admin page or post that anyone may reach, such as the sign-in page.</summary>
    public static RouteHandlerBuilder MapAnonymousAdminPage<TPage>(this IEndpointRouteBuilder endpoints, string pattern)
        where TPage : IComponent
        => endpoints.MapGet(Under(pattern), (HttpContext context) => AdminResults.Page<TPage>(context))
            .AllowAnonymous()
            .ExcludeFromDescription();

    public static string Under(string pattern) =>
        pattern.Length == 0 || pattern == "/" ? BasePath : $"{BasePath}/{pattern.TrimStart('/')}";
}
