using System.Text.Json.Serialization;

namespace Multistore.Commerce;

/// <summary>Where a payment stands; written as its name in JSON ("Succeeded"), as apps and webhooks read it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentStatus>))]
public enum PaymentStatus
{
    /// <summary>Waiting for the shopper (3-D Secure, bank transfer to arrive, cash at the door).</summary>
    Pending,
    Authorized,
    Succeeded,
    Failed,
    Refunded,
    PartiallyRefunded,
}
