using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Health;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// Asks the SaaS host's store (the Default tenant, where host API keys live) whether the request's key is an operator's.
/// A request without a key, or a host without the Default tenant or its key store, is not an operator's.
/// </summary>
internal sealed class HostOperatorAccess(TenantRegistry registry, ShellHost shells) : IOperatorAccess
{
    public async Task<bool> IsOperatorAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (SecretOf(context.Request) is not { } secret || registry.Find(TenantSettings.DefaultName) is not { State: TenantState.Running } host)
        {
            return false;
        }

        var shell = await shells.GetAsync(host);
        await using var scope = shell.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetService<IOperatorKeys>() is { } keys && await keys.AllowsHealthDetailsAsync(secret, cancellationToken);
    }

    private static string? SecretOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        var secret = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : request.Headers["X-Api-Key"].ToString().Trim();
        return secret.Length is > 0 and <= 200 ? secret : null;
    }
}
