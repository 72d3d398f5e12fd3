namespace Multistore.Modules;

/// <summary>
/// The named stages of a tenant's request pipeline, in the order a request passes them. A startup joins a stage by
/// name (<see cref="IShellPipelineBuilder.Use"/>), so where its middleware runs is said where it is added and never
/// follows from which startups happen to sort before it. Within a stage, middleware runs in feature dependency order
/// (a feature after the features it depends on).
/// </summary>
public enum PipelineStage
{
    /// <summary>
    /// The engine's own start: unreadable requests answered as problems, the request culture, routing (so every later
    /// stage sees the endpoint) and request body caps. A module that joins runs after all of them.
    /// </summary>
    Culture,

    /// <summary>Whole-page answers from the page cache: before anything reads who is asking, since a cacheable page is nobody's own.</summary>
    PageCache,

    /// <summary>Who is asking: the sign-in cookie.</summary>
    Authentication,

    /// <summary>
    /// What they may do, and protections that depend on it (antiforgery, admin security headers). An endpoint's own
    /// authentication scheme (an app's bearer token) is read here, by the authorization of that endpoint.
    /// </summary>
    Authorization,

    /// <summary>
    /// Where the request comes from (web, app, kiosk): the engine decides it once, first in this stage, from the
    /// token's claim, the <c>X-Touchpoint</c> header and the store's contributors; logs, traces and metrics carry the
    /// answer from here on. It follows <see cref="Authorization"/> because an app's token is only read there.
    /// </summary>
    Touchpoint,

    /// <summary>The Storefront API's own middleware: WebSockets, problem details, CORS, rate limits.</summary>
    Api,

    /// <summary>The storefront's error page, wrapping what follows so an endpoint's failure shows the theme's page.</summary>
    ErrorPages,

    /// <summary>Last before the endpoint runs: rules that answer a matched route differently (a kiosk's account pages).</summary>
    Endpoints,
}
