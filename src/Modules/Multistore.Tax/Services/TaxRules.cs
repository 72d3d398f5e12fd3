using Microsoft.EntityFrameworkCore;
using Multistore.Tax.Domain;

namespace Multistore.Tax.Services;

/// <summary>The store's tax rules as the admin reads and writes them: a rule's rates are replaced together, in one save.</summary>
internal sealed class TaxRules(TaxDbContext db)
{
    public async Task<IReadOnlyList<TaxRule>> ListAsync(CancellationToken cancellationToken) =>
        TaxRule.From(await db.Rates.AsNoTracking().ToListAsync(cancellationToken));

    public async Task<TaxRule?> FindAsync(string country, string region, CancellationToken cancellationToken)
    {
        var (c, r) = Key(country, region);
        var rates = await db.Rates.AsNoTracking().Where(x => x.Country == c && x.Region == r).ToListAsync(cancellationToken);
        return rates.Count == 0 ? null : TaxRule.From(rates)[0];
    }

    /// <summary>Writes <paramref name="rule"/>, replacing the rule it was edited from (which may have had another country or region).</summary>
    public async Task SaveAsync(string? fromCountry, string? fromRegion, TaxRule rule, CancellationToken cancellationToken)
    {
        var (country, region) = Key(rule.Country, rule.Region);
        var (oldCountry, oldRegion) = string.IsNullOrWhiteSpace(fromCountry) ? (country, region) : Key(fromCountry, fromRegion);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Rates.Where(x => (x.Country == country && x.Region == region) || (x.Country == oldCountry && x.Region == oldRegion))
            .ExecuteDeleteAsync(cancellationToken);
        db.Rates.AddRange(rule.Rates.Select(rate => new TaxRate
        {
            Country = country, Region = region, TaxClass = rate.TaxClass, Name = rule.Name, Rate = rate.Rate, AppliesToShipping = rate.AppliesToShipping,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string country, string region, CancellationToken cancellationToken)
    {
        var (c, r) = Key(country, region);
        return await db.Rates.Where(x => x.Country == c && x.Region == r).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public static (string Country, string Region) Key(string country, string? region) =>
        (country.Trim().ToUpperInvariant(), (region ?? "").Trim().ToUpperInvariant());
}
