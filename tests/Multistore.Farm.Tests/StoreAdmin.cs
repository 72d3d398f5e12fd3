using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Multistore.Farm.Tests;

/// <summary>The store's administrator in the admin, as a browser: signs in, opens the lamp's editor and saves a new price.</summary>
public sealed class StoreAdmin : IDisposable
{
    private readonly HttpClient _client;

    private StoreAdmin(HttpClient client) => _client = client;

    /// <summary>Signs in at <paramref name="address"/> (HAProxy or one node); the cookie is read by every node.</summary>
    public static async Task<StoreAdmin> SignInAsync(FarmStore store, Uri address)
    {
        var admin = new StoreAdmin(store.Client(address));
        var login = await admin.FormAsync("admin/login", "form");
        login["Email"] = FarmStore.AdminEmail;
        login["Password"] = FarmStore.AdminPassword;
        var response = await admin._client.PostAsync("admin/login", new FormUrlEncodedContent(login));
        var landed = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(response.StatusCode == HttpStatusCode.OK && !landed.EndsWith("/login", StringComparison.Ordinal),
            $"Signing in answered {(int)response.StatusCode} at {landed}");
        return admin;
    }

    /// <summary>Saves <paramref name="amount"/> as the lamp's price in the store's price list, through the product editor.</summary>
    public async Task SetLampPriceAsync(decimal amount)
    {
        var editor = await LampEditorAsync();
        var fields = await FormAsync(editor, "form:has(input[name^='prices['])");
        var price = fields.Keys.Single(name => name.StartsWith("prices[", StringComparison.Ordinal));
        fields[price] = amount.ToString("0.00", CultureInfo.InvariantCulture);
        await SaveAsync(editor, fields, "the price");
    }

    /// <summary>Saves <paramref name="name"/> as the lamp's English name, through the product editor (a catalog change).</summary>
    public async Task SetLampNameAsync(string name)
    {
        var editor = await LampEditorAsync();
        var fields = await FormAsync(editor, "form:has(input[name='translations.en-US.name'])");
        fields["translations.en-US.name"] = name;
        await SaveAsync(editor, fields, "the name");
    }

    /// <summary>What this node's search index page says of the English index: its change log checkpoint, or "not built yet".</summary>
    public async Task<string> SearchIndexCheckpointAsync()
    {
        var page = await Html.ParseAsync(await _client.GetAsync("admin/search"));
        var row = page.QuerySelectorAll("table.list tbody tr").FirstOrDefault(r => r.QuerySelector("td")?.TextContent.Trim() == "en-US");
        return row?.QuerySelectorAll("td")[1].TextContent.Trim() ?? $"no en-US row: {page.Body?.TextContent}";
    }

    /// <summary>Saves <paramref name="name"/> as the store's name in the site settings (a settings save: every node releases the shell).</summary>
    public async Task SetSiteNameAsync(string name)
    {
        const string path = "admin/settings/site";
        var fields = await FormAsync(path, "form:has(input[name='SiteName'])");
        fields["SiteName"] = name;
        await SaveAsync(path, fields, "the site name");
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> as the browser would; fails unless the page comes back without an error.</summary>
    private async Task SaveAsync(string path, Dictionary<string, string> fields, string what)
    {
        var saved = await _client.PostAsync(path, new FormUrlEncodedContent(fields));
        var page = await Html.ParseAsync(saved);
        Assert.True(saved.StatusCode == HttpStatusCode.OK && page.QuerySelector("[aria-invalid='true'], .field-error, .validation-summary") is null,
            $"Saving {what} answered {(int)saved.StatusCode}: {page.Body?.TextContent}");
    }

    /// <summary>The product editor's address of the store's one product, from the product list.</summary>
    private async Task<string> LampEditorAsync()
    {
        var list = await Html.ParseAsync(await _client.GetAsync("admin/catalog/products"));
        return list.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .FirstOrDefault(href => href.Contains("/admin/catalog/products/", StringComparison.Ordinal) && Guid.TryParse(href.Split('/')[^1], out _))
            ?? throw new InvalidOperationException($"The product list links to no product: {list.Body?.TextContent}");
    }

    /// <summary>The fields a browser would post from the first form on <paramref name="path"/> matching <paramref name="selector"/>.</summary>
    private async Task<Dictionary<string, string>> FormAsync(string path, string selector)
    {
        var document = await Html.ParseAsync(await _client.GetAsync(path));
        var form = document.QuerySelectorAll("form").FirstOrDefault(f => f.Matches(selector))
            ?? throw new InvalidOperationException($"{path} has no form ({selector}): {document.Body?.TextContent}");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]").Where(e => !e.HasAttribute("disabled")))
        {
            var type = element.GetAttribute("type")?.ToLowerInvariant();
            var value = element.LocalName switch
            {
                "select" => (element.QuerySelector("option[selected]") ?? element.QuerySelector("option"))?.GetAttribute("value"),
                "textarea" => element.TextContent,
                _ when type is "checkbox" or "radio" => element.HasAttribute("checked") ? element.GetAttribute("value") ?? "on" : null,
                _ when type is "submit" or "button" or "file" => null,
                _ => element.GetAttribute("value") ?? "",
            };
            if (value is not null)
            {
                fields[element.GetAttribute("name")!] = value;
            }
        }

        return fields;
    }
}
