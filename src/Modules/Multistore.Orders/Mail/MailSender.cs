using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using Multistore.Tenancy;

namespace Multistore.Orders.Mail;

/// <summary>Sends a message through the tenant's SMTP server, or writes it to the tenant's pickup folder.</summary>
public sealed class MailSender(IOptions<MailSettings> settings, TenantSettings tenant, IConfiguration configuration, IHostEnvironment environment)
{
    public string PickupFolder => settings.Value.PickupFolder
        ?? Path.Combine(Path.GetFullPath(configuration["Multistore:AppDataPath"] ?? "App_Data", environment.ContentRootPath), "Sites", tenant.Name, "mail-pickup");

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = settings.Value;
        message.From.Add(new MailboxAddress(mail.FromName ?? "", mail.FromAddress));
        if (string.IsNullOrWhiteSpace(mail.SmtpHost))
        {
            Directory.CreateDirectory(PickupFolder);
            var path = Path.Combine(PickupFolder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(mail.SmtpHost, mail.SmtpPort, mail.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(mail.UserName))
        {
            await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
