using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Users.Services;

namespace Multistore.Users.Endpoints;

/// <summary>
/// The rate limit of every sign-in, sign-up and password-reset door, web form or API: per client address and per account
/// (the e-mail of the form or JSON body). Over either limit the answer is 429 with Retry-After, before any password is checked
/// or account touched.
/// </summary>
public sealed class AccountDoorThrottle : IEndpointFilter
{
    /// <summary>The one filter every door shares (it keeps no state; added by type, each shell build threw an exception per door).</summary>
    public static readonly AccountDoorThrottle Instance = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var account = context.Arguments.OfType<IAccountDoorRequest>().FirstOrDefault()?.Email;
        if (account is null && http.Request.HasFormContentType)
        {
            account = (await http.Request.ReadFormAsync(http.RequestAborted))["email"].ToString();
        }

        if (await http.RequestServices.GetRequiredService<AccountDoorLimiter>().TryEnterAsync(http, account) is not { } wait)
        {
            return await next(context);
        }

        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts",
            detail: $"Too many sign-in, sign-up or password-reset attempts from this address or for this account. Try again in {seconds} seconds.");
    }
}
