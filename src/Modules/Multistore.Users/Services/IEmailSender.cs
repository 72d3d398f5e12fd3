namespace Multistore.Users.Services;

/// <summary>Sends the tenant's emails (password reset links and the like).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
