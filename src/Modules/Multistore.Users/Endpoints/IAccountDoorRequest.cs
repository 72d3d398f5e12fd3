namespace Multistore.Users.Endpoints;

/// <summary>A JSON request to an account door (sign-in, sign-up): the account it is about, which the door's rate limit counts.</summary>
public interface IAccountDoorRequest
{
    string? Email { get; }
}
