using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Multistore.Commerce;
using Multistore.Hosting;

namespace Multistore.Core.Tests.Hosting;

/// <summary>The touchpoint stage decides once, and what runs after it (logs, trace, carts) reads that one answer.</summary>
public sealed class TouchpointMiddlewareTests
{
    [Fact]
    public async Task KioskThemePageIsLoggedTracedAndCartedAsKiosk()
    {
        var logger = new ScopeRecordingLogger();
        var seen = new List<(string Feature, object? Tag, string? Scope)>();
        var middleware = new TouchpointMiddleware(context =>
        {
            seen.Add((TouchpointFeature.Of(context), Activity.Current?.GetTagItem("multistore.touchpoint"), logger.Touchpoint()));
            return Task.CompletedTask;
        }, new TouchpointResolver([new FixedTouchpoint(Touchpoints.Kiosk)]), logger);
        using var activity = new Activity("request").Start();

        await middleware.InvokeAsync(new DefaultHttpContext());

        Assert.Equal([(Touchpoints.Kiosk, (object?)Touchpoints.Kiosk, (string?)Touchpoints.Kiosk)], seen);
    }

    [Theory]
    [InlineData("app", null, "app")]
    [InlineData(null, "kiosk", "kiosk")]
    [InlineData(null, "phone", "web")]
    [InlineData("app", "kiosk", "app")]
    public void TokenClaimOutranksHeaderWhichOutranksTheStoresContributors(string? claim, string? header, string expected)
    {
        var context = new DefaultHttpContext();
        if (claim is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(Touchpoints.ClaimType, claim)], "Bearer"));
        }

        if (header is not null)
        {
            context.Request.Headers[Touchpoints.HeaderName] = header;
        }

        Assert.Equal(expected, new TouchpointResolver([new FixedTouchpoint("web"), new FixedTouchpoint(Touchpoints.Kiosk)]).Resolve(context));
    }

    [Fact]
    public void ContributorsAnswerOnlyForARequestThatNamedNoTouchpoint() =>
        Assert.Equal(Touchpoints.Kiosk, new TouchpointResolver([new FixedTouchpoint(null), new FixedTouchpoint(Touchpoints.Kiosk)]).Resolve(new DefaultHttpContext()));

    private sealed class FixedTouchpoint(string? touchpoint) : ITouchpointContributor
    {
        public string? TouchpointOf(HttpContext context) => touchpoint;
    }

    private sealed class ScopeRecordingLogger : ILogger<TouchpointMiddleware>
    {
        private readonly Stack<object> _scopes = new();

        public string? Touchpoint() =>
            _scopes.OfType<IEnumerable<KeyValuePair<string, object?>>>().SelectMany(s => s).FirstOrDefault(p => p.Key == "Touchpoint").Value as string;

        public IDisposable BeginScope<TState>(TState state) where TState : notnull
        {
            _scopes.Push(state);
            return new Pop(_scopes);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }

        private sealed class Pop(Stack<object> scopes) : IDisposable
        {
            public void Dispose() => scopes.Pop();
        }
    }
}
