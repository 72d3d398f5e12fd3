namespace Multistore.Tenancy.Management;

/// <summary>
/// Moves a store's data to another tier or region while it keeps selling: copy, catch up, verify, switch. Refusals (no
/// such store or region, a tier the region cannot hold, the place it is already in, a target that already holds data) are
/// a <see cref="Setup.TenantValidationException"/> naming the field; a move that fails after it began leaves the store
/// where it was, serving, and throws <see cref="TenantMoveFailedException"/>.
/// </summary>
public interface ITenantMoves
{
    Task<TenantMoveResult> MoveAsync(string name, TenantMoveRequest request, IProgress<TenantMoveProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>Where to move the store: a region (Multistore:Regions) and a tier (<see cref="TenantTiers"/>); sqlite needs no region.</summary>
public sealed record TenantMoveRequest(string? Region, string? Tier);

/// <summary>One step of a move: the phase (prepare, copy, maintenance, catch-up, verify, switch), its share done (0–100) and what it did.</summary>
public sealed record TenantMoveProgress(string Phase, int Percent, string Message);

/// <summary>One table after the move: rows and checksum, equal in the old and the new database.</summary>
public sealed record TenantMoveTable(string Name, long Rows, string Checksum, long CaughtUp);

/// <summary>
/// A finished move: where the store was and is (described without credentials), every table verified, how long the store
/// answered 503 (<see cref="Unavailable"/>) and how long the move took. The old copy is kept.
/// </summary>
public sealed record TenantMoveResult(TenantSettings Tenant, string From, string To, IReadOnlyList<TenantMoveTable> Tables, long CopiedRows,
    long CaughtUpRows, TimeSpan Unavailable, TimeSpan Total);

/// <summary>A move that failed after it began; the store stayed where it was and serves from there.</summary>
public sealed class TenantMoveFailedException(string message, Exception? inner = null) : Exception(message, inner);
