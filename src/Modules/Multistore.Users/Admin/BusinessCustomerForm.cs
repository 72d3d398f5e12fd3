namespace Multistore.Users.Admin;

/// <summary>The Users page's business-customer button: <see cref="Approved"/> "true" marks the account, "false" removes the status.</summary>
public sealed class BusinessCustomerForm
{
    public string? Approved { get; set; }
}
