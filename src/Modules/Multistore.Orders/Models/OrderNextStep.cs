namespace Multistore.Orders.Models;

/// <summary>
/// One thing the shopper does or waits for, in their words: <see cref="Kind"/> names it for themes and styles
/// (<c>bank-transfer</c>, <c>cash-on-delivery</c>, <c>invoice</c>, <c>paid</c>, <c>pickup</c>, <c>delivery</c>), the rest is
/// translated text and formatted values.
/// </summary>
public sealed record OrderNextStep
{
    public string Kind { get; init; } = "";

    public string Title { get; init; } = "";

    public string Text { get; init; } = "";

    public IReadOnlyList<OrderDetail> Details { get; init; } = [];

    /// <summary>The store's own words for this method (a bank transfer's instructions), as the store wrote them.</summary>
    public string? Note { get; init; }
}
