namespace Multistore.Users.Endpoints;

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}
