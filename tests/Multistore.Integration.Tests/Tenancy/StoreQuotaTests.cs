using System.Net;
using System.Text.Json;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;

namespace Multistore.Integration.Tests.Tenancy;

/// <summary>
/// A store flooded past its request quota answers 429 with Retry-After (a page for browsers, a problem document for
/// apps), while its neighbours on the node go on answering: the flood is the flooded store's, not everyone's.
/// </summary>
public sealed class StoreQuotaTests : IAsyncLifetime
{
    private const int Quota = 5;
    private MultistoreFactory _host = null!;

    public Task InitializeAsync()
    {
        // An hour's window: the test counts requests, not seconds, so a slow machine cannot spread them over two windows.
        _host = new MultistoreFactory(new Dictionary<string, string?>
        {
            ["Multistore:Quotas:Requests"] = Quota.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Multistore:Quotas:Window"] = "01:00:00",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AStorePastItsQuotaIsRefusedWithRetryAfterAndItsNeighbourStillAnswers()
    {
        var flooded = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Flooded Goods"));
        var neighbour = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Quiet Goods"));
        var flood = flooded.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < Quota + 3; i++)
        {
            answers.Add((await flood.GetAsync("products/harbour-cap")).StatusCode);
        }

        var page = await flood.GetAsync("/");
        var api = await flood.GetAsync("api/storefront/v1/products");
        var neighbourPage = await neighbour.CreateClient().GetAsync("products/harbour-cap");

        Assert.Equal(Quota, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {page.Headers.RetryAfter}");
        Assert.Equal("Too many requests", (await HtmlPage.ParseAsync(page)).Heading());
        await TooManyRequests.AssertAsync(api);
        Assert.Contains("quota", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, neighbourPage.StatusCode);
    }
}
