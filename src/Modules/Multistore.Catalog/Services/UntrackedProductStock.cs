namespace Multistore.Catalog.Services;

/// <summary>A store without the Inventory feature tracks no stock: every SKU can be ordered.</summary>
public sealed class UntrackedProductStock : IProductStock
{
    private static readonly IReadOnlyDictionary<string, int> None = new Dictionary<string, int>();

    public Task<IReadOnlyDictionary<string, int>> AvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        Task.FromResult(None);
}
