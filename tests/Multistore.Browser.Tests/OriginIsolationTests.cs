using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>
/// The attack of issue 14: a store administrator writes script into the store's own footer; the SaaS host's
/// administrator, signed in in the same browser, opens the store at its URL-prefix address. The script tries every
/// way to the host admin (fetch with cookies, a form post without a token, a frame) and must get nowhere.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class OriginIsolationTests(BrowserFixture browser)
{
    private const string Store = "outlet-us";
    private const string StolenKey = "stolen-by-store-script";

    [Fact]
    public async Task StoreScriptCannotUseTheHostAdministratorsSession()
    {
        var storeAdmin = await SignedInAsync(await browser.NewPageAsync(), browser.Host.Store(Store, "/admin"), "admin@example.com");
        await storeAdmin.GotoAsync(browser.Host.Store(Store, "/admin/appearance/templates/footer"));
        var original = await storeAdmin.InputValueAsync("#Source");
        await storeAdmin.FillAsync("#Source", original.Replace("</footer>", AttackScript() + "</footer>", StringComparison.Ordinal));
        await storeAdmin.ClickAsync("form.stacked button[type=submit]");
        await Assertions.Expect(storeAdmin.Locator(".notice")).ToContainTextAsync("saved");
        try
        {
            // The host administrator signs in, then opens the store in the same browser (same cookie jar).
            var hostAdmin = await SignedInAsync(await browser.NewPageAsync(), browser.Host.HostAdmin(), "admin@example.com");
            await hostAdmin.GotoAsync(browser.Host.PrefixStore(Store));
            await hostAdmin.WaitForFunctionAsync("() => document.documentElement.dataset.attack !== undefined", null, new() { Timeout = 60_000 });
            await BrowserFixture.ScreenshotAsync(hostAdmin, "origin-attack-store-page");
            using var outcome = JsonDocument.Parse(await hostAdmin.EvaluateAsync<string>("() => document.documentElement.dataset.attack"));

            Assert.False(outcome.RootElement.GetProperty("read").GetBoolean(), "The store's script read the host admin's API key page: " + outcome.RootElement);
            Assert.False(outcome.RootElement.GetProperty("framed").GetBoolean(), "The store's script read the host admin through a frame: " + outcome.RootElement);
            Assert.False(outcome.RootElement.GetProperty("issued").GetBoolean(), "The store's script was shown an issued key: " + outcome.RootElement);

            await hostAdmin.GotoAsync(browser.Host.HostAdmin("/tenants/api-keys"));
            await BrowserFixture.ScreenshotAsync(hostAdmin, "origin-attack-host-api-keys");
            var keys = await hostAdmin.Locator("table.list tbody tr td:first-child").AllInnerTextsAsync();
            Assert.DoesNotContain(keys, name => name.StartsWith(StolenKey, StringComparison.Ordinal));
        }
        finally
        {
            await storeAdmin.GotoAsync(browser.Host.Store(Store, "/admin/appearance/templates/footer"));
            await storeAdmin.ClickAsync("text=Reset to the theme's version");
        }
    }

    private static async Task<IPage> SignedInAsync(IPage page, string admin, string email)
    {
        await page.GotoAsync($"{admin}/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "Demo!Admin2026");
        await page.ClickAsync("form button[type=submit]");
        await page.ArrivesAtAsync(AdminHome());
        return page;
    }

    /// <summary>What a hostile store administrator puts into the footer: every way to the host admin it can think of.</summary>
    private string AttackScript() => $$"""
        <script>
        (async function () {
          var result = { read: false, issued: false, framed: false, notes: [] };
          var targets = ["/admin/tenants/api-keys", "{{browser.Host.HostAdmin("/tenants/api-keys")}}"];
          for (const url of targets) {
            try {
              const page = await fetch(url, { credentials: "include" });
              const doc = new DOMParser().parseFromString(await page.text(), "text/html");
              const token = doc.querySelector("input[name=__RequestVerificationToken]");
              if (!token || !doc.querySelector("input[name=permissions]")) { result.notes.push(url + ": no key form (" + page.status + ")"); continue; }
              result.read = true;
              const body = new URLSearchParams();
              body.append("__RequestVerificationToken", token.value);
              body.append("name", "{{StolenKey}}");
              doc.querySelectorAll("input[name=permissions]").forEach(function (box) { body.append("permissions", box.value); });
              const issued = await fetch(url, { method: "POST", body: body, credentials: "include" });
              const answer = new DOMParser().parseFromString(await issued.text(), "text/html");
              result.issued = result.issued || answer.querySelector(".notice code") !== null;
            } catch (e) { result.notes.push(url + ": " + e); }
          }
          try {
            const blind = new URLSearchParams({ name: "{{StolenKey}}-blind", permissions: "tenants.manage" });
            await fetch(targets[1], { method: "POST", mode: "no-cors", credentials: "include", body: blind });
          } catch (e) { result.notes.push("blind: " + e); }
          await new Promise(function (done) {
            const frame = document.createElement("iframe");
            frame.style.display = "none";
            frame.onload = function () {
              try { result.framed = frame.contentDocument.body.innerText.indexOf("API keys") >= 0; }
              catch (e) { result.notes.push("frame: " + e); }
              done();
            };
            setTimeout(done, 10000);
            frame.src = targets[1];
            document.body.appendChild(frame);
          });
          document.documentElement.dataset.attack = JSON.stringify(result);
        })();
        </script>
        """;

    [GeneratedRegex("/admin/?$")]
    private static partial Regex AdminHome();
}
