namespace Multistore.Theming;

/// <summary>A render passed one of the <see cref="LiquidLimits"/>; the message says which, in words an editor understands.</summary>
internal sealed class LiquidLimitException(string message) : Exception(message);
