using Multistore.Users.Endpoints;

namespace Multistore.StorefrontApi.Customers;

public sealed record SignUpRequest(string? Email, string? Password, string? Name) : IAccountDoorRequest;
