namespace Multistore.StorefrontApi.Health;

/// <summary>A health check's failure with a reason safe to show: it names the check's subject, never a secret.</summary>
public sealed class StoreHealthException(string message, Exception? inner = null) : Exception(message, inner);
