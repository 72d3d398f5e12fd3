using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Search;

/// <summary>Calls <c>/api/search</c> until the tenant's index answers as expected (it is built in the background).</summary>
public static class SearchApi
{
    public static async Task<JsonElement> SearchAsync(this TestTenant tenant, string query, Func<JsonElement, bool>? until = null, TimeSpan? within = null)
    {
        var client = tenant.CreateClient();
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var response = await client.GetAsync($"api/search{query}");
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound && DateTime.UtcNow < deadline)
            {
                // Tenants created in parallel can reach the registry snapshot a moment after setup returns.
                await Task.Delay(50);
                continue;
            }

            response.EnsureSuccessStatusCode();
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (until is null ? result.GetProperty("total").GetInt32() > 0 : until(result))
            {
                return result;
            }

            if (DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(50);
        }
    }

    public static IEnumerable<string> Skus(this JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("sku").GetString()!);
}
