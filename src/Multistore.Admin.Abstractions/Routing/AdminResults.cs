using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Multistore.Admin.Routing;

/// <summary>What admin handlers return: a page, the same page again with errors, or a redirect after a post.</summary>
public static class AdminResults
{
    /// <summary>Renders a page with parameters from the route and query.</summary>
    public static RazorComponentResult<TPage> Page<TPage>(HttpContext context, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        AdminNotice.Take(context);
        return new RazorComponentResult<TPage>(ComponentParameters.From<TPage>(context)) { StatusCode = statusCode };
    }

    /// <summary>Renders a page with the given parameters, e.g. the posted form and its errors (status 400 by default).</summary>
    public static RazorComponentResult<TPage> Page<TPage>(object parameters, int statusCode = StatusCodes.Status400BadRequest)
        where TPage : IComponent
        => new(parameters) { StatusCode = statusCode };

    /// <summary>Post-redirect-get: sends the browser to an admin path with a notice shown once on the next page.</summary>
    public static RedirectHttpResult Redirect(HttpContext context, string adminPath, string? notice = null)
    {
        if (notice is not null)
        {
            AdminNotice.Set(context, notice);
        }

        return TypedResults.Redirect(AdminLinks.To(context.Request.PathBase, adminPath));
    }
}
