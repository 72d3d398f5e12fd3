namespace Multistore.Commerce;

/// <summary>
/// The longest value a shopper may write into a field, checked wherever the field is validated (web forms and the
/// Storefront API alike) before anything is stored. Nothing a shopper types is unbounded.
/// </summary>
public static class FieldLimits
{
    /// <summary>An e-mail address (RFC 5321's path limit).</summary>
    public const int Email = 254;

    /// <summary>A person's or a company's name.</summary>
    public const int Name = 200;

    /// <summary>A street line, city or region.</summary>
    public const int AddressLine = 200;

    /// <summary>A postal code.</summary>
    public const int PostalCode = 20;

    /// <summary>A phone number.</summary>
    public const int Phone = 40;

    /// <summary>A country code field (ISO 3166-1 alpha-2 is two letters; a little room for what people type).</summary>
    public const int Country = 10;

    /// <summary>A password: long enough for any passphrase, short enough that hashing it costs nothing extra.</summary>
    public const int Password = 200;

    /// <summary>A code, key or method name (coupon, SKU, shipping or payment method).</summary>
    public const int Code = 100;

    /// <summary>Free text such as a note.</summary>
    public const int FreeText = 400;

    /// <summary>The message naming the field and its limit, the same words on every door.</summary>
    public static string TooLong(string field, int max) => $"{field} must be at most {max} characters.";
}
