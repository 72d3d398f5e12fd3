namespace Multistore.Hosting.Usage;

/// <summary>One shell's <see cref="IStoreActivity"/>: what its modules tell, counted under its store's name on this node.</summary>
internal sealed class StoreActivity(StoreUsageRecorder recorder, string store) : IStoreActivity
{
    public void CacheablePageServed(bool fromCache) => recorder.RecordPage(store, fromCache);

    public void OrderPlaced() => recorder.RecordOrder(store);
}
