using Multistore.Commerce;

namespace Multistore.StorefrontApi.Admin;

/// <summary>One touchpoint's figures over the report's period; <see cref="Revenue"/> leaves out cancelled, failed and refunded amounts.</summary>
public sealed record TouchpointRow(string Touchpoint, int Carts, int Orders, Money Revenue)
{
    /// <summary>Orders per cart, or null when the touchpoint had no carts.</summary>
    public decimal? Conversion => Carts == 0 ? null : (decimal)Orders / Carts;
}
