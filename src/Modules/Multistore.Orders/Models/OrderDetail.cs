namespace Multistore.Orders.Models;

/// <summary>A labelled value of a next step: ("IBAN", "DE89 3704 …"), ("Amount", "59,90 €").</summary>
public sealed record OrderDetail(string Label, string Value);
