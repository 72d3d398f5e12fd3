namespace Multistore.Orders.Mail;

/// <summary>
/// The "Mail" settings group. Without <see cref="SmtpHost"/> messages are written as .eml files to the pickup
/// folder (default: <c>App_Data/Sites/{tenant}/mail-pickup</c>), so a demo store needs no mail server.
/// </summary>
public sealed class MailSettings
{
    public const string GroupName = "Mail";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "orders@example.com";
    public string? FromName { get; set; }
    public string? PickupFolder { get; set; }
}
