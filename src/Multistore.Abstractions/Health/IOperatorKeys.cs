namespace Multistore.Health;

/// <summary>
/// Checks a host API key presented to a health endpoint. The module that keeps the SaaS host's API keys (Tenants)
/// implements it in the host's own store; a key that grants <c>tenants.view</c> is an operator's.
/// </summary>
public interface IOperatorKeys
{
    Task<bool> AllowsHealthDetailsAsync(string secret, CancellationToken cancellationToken);
}
