using Microsoft.Extensions.Localization;
using Multistore.Orders.Services;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>What the order payment endpoints need, bound by their <c>[AsParameters]</c>.</summary>
public sealed record OrderPaymentServices(IOrderQueries Orders, IOrderPaymentChoice Choice, BusinessStanding Standing, IStringLocalizer Localizer);
