using Microsoft.AspNetCore.Http;

namespace Multistore.Health;

/// <summary>
/// Whether a request comes from an operator: it carries a host API key (<c>Authorization: Bearer</c> or <c>X-Api-Key</c>)
/// that the SaaS host's <see cref="IOperatorKeys"/> accept. Health details (machine, shells, each check) are shown to
/// operators only; anyone else sees the status.
/// </summary>
public interface IOperatorAccess
{
    Task<bool> IsOperatorAsync(HttpContext context, CancellationToken cancellationToken);
}
