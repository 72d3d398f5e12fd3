namespace Multistore.Commerce;

/// <summary>
/// Works out tax for a cart or order. The Tax module's rule tables are one implementation; an external tax
/// service is another. The tenant's enabled tax feature decides which one is registered.
/// </summary>
public interface ITaxCalculator
{
    Task<TaxResult> CalculateAsync(TaxRequest request, CancellationToken cancellationToken);
}
