namespace Multistore.Tenancy.Management;

/// <summary>
/// The fleet as code: a store compared with its brand template or its recipe (read from its database without starting it),
/// and "bring back" that returns chosen values, or all of them, to the baseline's.
/// </summary>
public interface IStoreDrift
{
    Task<StoreDrift> DiffAsync(string tenant, DriftBaseline against, CancellationToken cancellationToken);

    /// <summary>Returns the values named by <paramref name="keys"/> (null: every one) to the baseline's; an unknown key is refused before anything changes.</summary>
    Task<StoreDrift> BringBackAsync(string tenant, DriftBaseline against, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken);
}
