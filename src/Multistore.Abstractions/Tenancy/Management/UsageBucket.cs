namespace Multistore.Tenancy.Management;

/// <summary>One minute or hour of a store's requests, from <see cref="Start"/>, with the orders placed in it.</summary>
public sealed record UsageBucket(DateTimeOffset Start, long Requests, long Errors, long Refused, long Orders);
