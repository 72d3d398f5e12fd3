namespace Multistore.Payments.Services;

/// <summary>A payment operation the rules forbid (refund more than was paid, refund an unpaid payment); the message says why.</summary>
public sealed class PaymentRefusedException : Exception
{
    public PaymentRefusedException()
    {
    }

    public PaymentRefusedException(string message)
        : base(message)
    {
    }

    public PaymentRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
