using System.Diagnostics;
using AngleSharp.Html.Dom;
using Multistore.Farm.Tests;

namespace Multistore.Farm.Bench;

/// <summary>
/// Changes saved in node A's admin, each timed from the moment the save's answer is read until node B's product page
/// (asked directly, every 10 ms, without cookies so B's page cache serves it) shows the change. Before each change B is
/// asked twice for the page, so the change has to replace a page B holds in its cache; the second answer's <c>Age</c>
/// header shows that it came from that cache, and the summary counts those.
/// </summary>
public sealed class PropagationRun(TestFarm farm, FarmStore store) : IDisposable
{
    private const string ProductPage = "products/" + FarmStore.Slug;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);
    private readonly HttpClient _onB = AnonymousClient(farm.B.Address, store.Host);

    /// <summary>Prices saved through the product editor: page-cache eviction over PostgreSQL NOTIFY.</summary>
    public async Task<Latencies> PricesAsync(int changes)
    {
        using var admin = await StoreAdmin.SignInAsync(store, farm.A.Address);
        return await MeasureAsync(changes, i => admin.SetLampPriceAsync(100m + i),
            (i, page) => Html.Price(page).Contains(BenchRecipe.Shown(100m + i), StringComparison.Ordinal));
    }

    /// <summary>The store's name saved in the site settings: every node releases the store's shell.</summary>
    public async Task<Latencies> SiteNamesAsync(int changes)
    {
        using var admin = await StoreAdmin.SignInAsync(store, farm.A.Address);
        return await MeasureAsync(changes, i => admin.SetSiteNameAsync(SiteName(i)),
            (i, page) => page.Source.Text.Contains(SiteName(i), StringComparison.Ordinal));
    }

    public void Dispose() => _onB.Dispose();

    private static string SiteName(int change) => $"Bench Shop n{change:0000}";

    private async Task<Latencies> MeasureAsync(int changes, Func<int, Task> change, Func<int, IHtmlDocument, bool> shown)
    {
        var latencies = new Latencies();
        for (var i = 1; i <= changes; i++)
        {
            await _onB.GetStringAsync(ProductPage);
            using (var before = await _onB.GetAsync(ProductPage))
            {
                // The output cache sets Age on the answers it serves from its store.
                latencies.ServedFromCacheBefore += before.Headers.Age is null ? 0 : 1;
            }

            await change(i);
            var clock = Stopwatch.StartNew();
            IHtmlDocument page;
            while (!shown(i, page = await Html.ParseAsync(await _onB.GetAsync(ProductPage))))
            {
                if (clock.Elapsed > GiveUpAfter)
                {
                    throw new InvalidOperationException(
                        $"Change {i} did not reach node B within {GiveUpAfter.TotalSeconds} s; B shows '{page.Title}' at {Html.Price(page)}.");
                }

                await Task.Delay(PollEvery);
            }

            latencies.Add(clock.Elapsed);
        }

        return latencies;
    }

    private static HttpClient AnonymousClient(Uri address, string host)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
        client.DefaultRequestHeaders.Host = host;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        return client;
    }
}
