namespace Multistore.Cart.Services;

/// <summary>
/// Figures about carts for reports in other modules (the touchpoint report), so they never read the Cart module's
/// tables themselves.
/// </summary>
public interface ICartQueries
{
    /// <summary>Carts created in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), counted per touchpoint as stored.</summary>
    Task<IReadOnlyDictionary<string, int>> StartedPerTouchpointAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}
