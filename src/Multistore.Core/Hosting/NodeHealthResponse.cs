using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Multistore.Health;

namespace Multistore.Hosting;

/// <summary>
/// Writes the node's health report as JSON: the status for anyone (a load balancer needs no more), the machine name and
/// each check with its data (shell counts) only for an operator (<see cref="IOperatorAccess"/>).
/// </summary>
internal static class NodeHealthResponse
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        object body = await context.RequestServices.GetRequiredService<IOperatorAccess>().IsOperatorAsync(context, context.RequestAborted)
            ? new
            {
                status = report.Status.ToString(),
                node = Environment.MachineName,
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            }
            : new { status = report.Status.ToString() };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
