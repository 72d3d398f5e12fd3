using Multistore.Checkout.Services;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>
/// The web account's address book (template <c>addresses</c>): the saved addresses, the add or edit form with what the
/// shopper typed, the countries the store ships to, a notice after a change or the error that stopped it.
/// </summary>
public sealed record AddressBookPage(
    bool SignedIn,
    IReadOnlyList<SavedAddress> Addresses,
    AddressInput Form,
    string? Editing,
    IReadOnlyList<AddressFormat> Countries,
    string? Notice,
    string? Error,
    string? ErrorField,
    string AntiforgeryField,
    string AntiforgeryToken);
