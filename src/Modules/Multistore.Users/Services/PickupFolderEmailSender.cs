using MimeKit;
using Multistore.Hosting;
using Multistore.Settings;
using Multistore.Tenancy;

namespace Multistore.Users.Services;

/// <summary>
/// Writes each email as an .eml file into the tenant's <c>App_Data/Sites/{tenant}/Mail</c> folder, where a
/// mail relay (or a person) picks it up. No message is lost when no SMTP server is configured.
/// </summary>
public sealed class PickupFolderEmailSender(AppDataPaths paths, TenantSettings tenant, ISiteSettingsStore settings) : IEmailSender
{
    public string Folder => Path.Combine(paths.TenantFolder(tenant.Name), "Mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var site = settings.Get<SiteSettings>(SiteSettings.GroupName);
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(site.SiteName, $"no-reply@{tenant.Name}.multistore.local"));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };

        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(file, cancellationToken);
    }
}
