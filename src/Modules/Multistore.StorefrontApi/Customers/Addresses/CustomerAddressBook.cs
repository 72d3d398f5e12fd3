using Microsoft.EntityFrameworkCore;
using Multistore.Checkout.Services;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>
/// A customer's saved addresses. Each is checked against its country's format and the countries the store ships
/// to (the checkout's own rules), so a saved address is always one checkout accepts. Errors name the field.
/// </summary>
internal sealed class CustomerAddressBook(CustomerAddressDbContext db, CheckoutOptions checkout)
{
    public const int MaxPerCustomer = 20;

    public async Task<IReadOnlyList<SavedAddress>> ListAsync(string customerId, CancellationToken cancellationToken)
    {
        var rows = await db.Addresses.AsNoTracking().Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(a => a.IsDefault).ThenBy(a => a.CreatedUtc).Select(SavedAddress.From)];
    }

    public async Task<AddressChange> AddAsync(string customerId, AddressInput input, CancellationToken cancellationToken)
    {
        if (await db.Addresses.CountAsync(a => a.CustomerId == customerId, cancellationToken) >= MaxPerCustomer)
        {
            return AddressChange.Invalid("addresses", $"An account keeps at most {MaxPerCustomer} addresses; delete one first.");
        }

        var address = new CustomerAddress { CustomerId = customerId };
        return await SaveAsync(address, input, isNew: true, cancellationToken);
    }

    public async Task<AddressChange?> UpdateAsync(string customerId, Guid id, AddressInput input, CancellationToken cancellationToken) =>
        await db.Addresses.SingleOrDefaultAsync(a => a.Id == id && a.CustomerId == customerId, cancellationToken) is { } address
            ? await SaveAsync(address, input, isNew: false, cancellationToken)
            : null;

    public async Task<bool> DeleteAsync(string customerId, Guid id, CancellationToken cancellationToken) =>
        await db.Addresses.Where(a => a.Id == id && a.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken) > 0;

    private async Task<AddressChange> SaveAsync(CustomerAddress address, AddressInput input, bool isNew, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(input, cancellationToken);
        if (errors.Count > 0)
        {
            return new AddressChange(null, errors);
        }

        Apply(address, input);
        if (isNew)
        {
            address.IsDefault = input.IsDefault || !await db.Addresses.AnyAsync(a => a.CustomerId == address.CustomerId, cancellationToken);
            db.Addresses.Add(address);
        }

        if (address.IsDefault)
        {
            var others = await db.Addresses.Where(a => a.CustomerId == address.CustomerId && a.Id != address.Id && a.IsDefault).ToListAsync(cancellationToken);
            others.ForEach(a => a.IsDefault = false);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AddressChange(SavedAddress.From(address), []);
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(AddressInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (AddressFormats.TooLong(ToAddress(input)) is { } field)
        {
            errors[field.Name] = [FieldLimits.TooLong(field.Name, field.Max)];
        }

        if (errors.Count == 0 && AddressFormats.Check(ToAddress(input), await checkout.CountriesAsync(cancellationToken), "address") is { } problem)
        {
            errors[problem.Field["address.".Length..]] = [problem.Message];
        }

        return errors;
    }

    private static Address ToAddress(AddressInput input) => new()
    {
        Name = input.Name?.Trim() ?? "", Company = input.Company?.Trim(), Line1 = input.Line1?.Trim() ?? "", Line2 = input.Line2?.Trim(),
        City = input.City?.Trim() ?? "", PostalCode = input.PostalCode?.Trim() ?? "", Region = input.Region?.Trim(),
        Country = input.Country?.Trim().ToUpperInvariant() ?? "", Phone = input.Phone?.Trim(),
    };

    private static void Apply(CustomerAddress address, AddressInput input)
    {
        var clean = ToAddress(input);
        address.Name = clean.Name;
        address.Company = string.IsNullOrEmpty(clean.Company) ? null : clean.Company;
        address.Line1 = clean.Line1;
        address.Line2 = string.IsNullOrEmpty(clean.Line2) ? null : clean.Line2;
        address.City = clean.City;
        address.PostalCode = clean.PostalCode;
        address.Region = string.IsNullOrEmpty(clean.Region) ? null : clean.Region;
        address.Country = clean.Country;
        address.Phone = string.IsNullOrEmpty(clean.Phone) ? null : clean.Phone;
        address.IsDefault = address.IsDefault || input.IsDefault;
        address.UpdatedUtc = DateTime.UtcNow;
    }
}
