using Multistore.Users.Endpoints;

namespace Multistore.StorefrontApi.Customers;

public sealed record SignInRequest(string? Email, string? Password) : IAccountDoorRequest;
