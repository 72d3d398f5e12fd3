using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>
/// Waits until a page has arrived at an address and finished loading it. <c>page.WaitForURLAsync</c> after the click
/// (or timer) that navigates is a race: when the navigation commits between the URL check and the wait's
/// registration, the wait never sees it and times out with the page already there (seen on a busy 2-core machine).
/// Playwright's URL assertion polls the page's address instead, then the load state of that document is awaited.
/// </summary>
public static class PageArrival
{
    private static readonly float DefaultTimeout = 30_000;

    public static Task ArrivesAtAsync(this IPage page, Regex address, float? timeout = null) =>
        ThenLoadedAsync(page, Assertions.Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = timeout ?? DefaultTimeout }), timeout);

    public static Task ArrivesAtAsync(this IPage page, string address, float? timeout = null) =>
        ThenLoadedAsync(page, Assertions.Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = timeout ?? DefaultTimeout }), timeout);

    private static async Task ThenLoadedAsync(IPage page, Task arrived, float? timeout)
    {
        await arrived;
        await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = timeout ?? DefaultTimeout });
    }
}
