using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Multistore.Hosting;

/// <summary>Puts the decided touchpoint on the request's trace (<c>multistore.touchpoint</c>) and on its HTTP metrics.</summary>
internal static class TouchpointTags
{
    public const string Name = "multistore.touchpoint";

    public static void Apply(HttpContext context, string touchpoint)
    {
        Activity.Current?.SetTag(Name, touchpoint);
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(Name, touchpoint));
    }
}
