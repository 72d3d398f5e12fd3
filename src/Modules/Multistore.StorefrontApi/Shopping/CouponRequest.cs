namespace Multistore.StorefrontApi.Shopping;

public sealed record CouponRequest(string? Code);
