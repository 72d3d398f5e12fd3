namespace Multistore.StorefrontApi.Shopping;

/// <summary>The body of <c>POST /orders/{number}/payment</c>: <c>{ "paymentMethod": "bank-transfer" }</c>.</summary>
public sealed record PaymentChange(string? PaymentMethod);
