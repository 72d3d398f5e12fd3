namespace Multistore.Users.Domain;

/// <summary>The account claim that makes a customer a business customer; only staff set it, in the Users admin.</summary>
internal static class BusinessCustomerClaim
{
    public const string Type = "multistore:business-customer";
    public const string Approved = "approved";
}
