namespace Multistore.Users.Admin;

public sealed class NewUserForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    /// <summary>The checked role boxes; null when none is checked.</summary>
    public string[]? Roles { get; set; }

    public IReadOnlyList<string> ChosenRoles => Roles ?? [];
}
