using Microsoft.EntityFrameworkCore;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Admin;

/// <summary>
/// Zones and their rates as the admin edits them. A zone's areas, and a rate's weight tiers, are replaced
/// together with the row they belong to, in one transaction.
/// </summary>
internal sealed class ShippingZoneEditing(ShippingDbContext db)
{
    public async Task<IReadOnlyList<ShippingZone>> ListAsync(CancellationToken cancellationToken) =>
        await Zones().OrderBy(z => z.Position).ThenBy(z => z.Name).ToListAsync(cancellationToken);

    public Task<ShippingZone?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Zones().SingleOrDefaultAsync(z => z.Id == id, cancellationToken);

    public Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        db.Zones.AnyAsync(z => z.Name == name && z.Id != except, cancellationToken);

    /// <summary>Creates the zone (no id) or renames it and replaces its areas; null when the zone to change is gone.</summary>
    public async Task<Guid?> SaveZoneAsync(Guid? id, string name, IReadOnlyList<ShippingZoneArea> areas, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ShippingZone zone;
        if (id is { } existing)
        {
            if (await db.Zones.SingleOrDefaultAsync(z => z.Id == existing, cancellationToken) is not { } found)
            {
                return null;
            }

            zone = found;
            await db.Set<ShippingZoneArea>().Where(a => a.ZoneId == existing).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            zone = new ShippingZone { Position = await db.Zones.CountAsync(cancellationToken) };
            db.Zones.Add(zone);
        }

        zone.Name = name;
        db.Set<ShippingZoneArea>().AddRange(areas.Select(a => new ShippingZoneArea { ZoneId = zone.Id, Country = a.Country, Region = a.Region }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return zone.Id;
    }

    public async Task<bool> DeleteZoneAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await db.Zones.Include(z => z.Areas).Include(z => z.Rates).ThenInclude(r => r.Tiers).SingleOrDefaultAsync(z => z.Id == id, cancellationToken);
        if (zone is null)
        {
            return false;
        }

        db.Zones.Remove(zone);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Adds the rate (new id) or replaces its terms and tiers; false when its zone or the rate is gone.</summary>
    public async Task<bool> SaveRateAsync(ShippingRate rate, bool isNew, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Zones.AnyAsync(z => z.Id == rate.ZoneId, cancellationToken))
        {
            return false;
        }

        if (isNew)
        {
            db.Add(rate);
        }
        else
        {
            var updated = await db.Set<ShippingRate>().Where(r => r.Id == rate.Id && r.ZoneId == rate.ZoneId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Code, rate.Code).SetProperty(r => r.Name, rate.Name)
                .SetProperty(r => r.Price, rate.Price).SetProperty(r => r.FreeAbove, rate.FreeAbove), cancellationToken);
            if (updated == 0)
            {
                return false;
            }

            await db.Set<ShippingRateTier>().Where(t => t.RateId == rate.Id).ExecuteDeleteAsync(cancellationToken);
            db.AddRange(rate.Tiers);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteRateAsync(Guid zoneId, Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<ShippingRateTier>().Where(t => t.RateId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Set<ShippingRate>().Where(r => r.Id == id && r.ZoneId == zoneId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    private IQueryable<ShippingZone> Zones() =>
        db.Zones.AsNoTracking().AsSplitQuery().Include(z => z.Areas).Include(z => z.Rates).ThenInclude(r => r.Tiers);
}
