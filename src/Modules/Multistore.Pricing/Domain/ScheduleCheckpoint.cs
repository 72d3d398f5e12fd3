namespace Multistore.Pricing.Domain;

/// <summary>
/// How far scheduled prices have been followed: every start or end of a scheduled price up to
/// <see cref="CheckedUtc"/> has been announced as a <see cref="Events.PriceChanged"/>. One row per store, shared
/// by every node, so a boundary is announced once however many nodes run the store.
/// </summary>
internal sealed class ScheduleCheckpoint
{
    public const string StoreId = "store";

    public string Id { get; set; } = StoreId;
    public DateTime CheckedUtc { get; set; }
}
