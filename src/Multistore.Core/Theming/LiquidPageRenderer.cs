using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Localization;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary>
/// Renders a page template inside the theme's layout, with <c>site</c> and <c>request</c> beside the page's model,
/// within a <see cref="RenderBudget"/>.
/// </summary>
internal sealed class LiquidPageRenderer(ThemeTemplates templates, LiquidOptions liquid, SiteViewSource siteView, IOptions<SiteSettings> site, IHttpContextAccessor http)
{
    /// <summary>Escapes markup but keeps letters of every script as they are, so Swedish or Arabic text stays readable and small.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public LiquidLimits Limits => liquid.Limits;

    /// <summary>The current request's cancellation, for renders whose caller passes none.</summary>
    public CancellationToken RequestAborted => http.HttpContext?.RequestAborted ?? CancellationToken.None;

    public async Task<string> RenderAsync(string template, object? model, RenderBudget budget)
    {
        if (model is not null)
        {
            liquid.Register(model.GetType());
        }

        var settings = site.Value;
        var culture = CultureInfo.CurrentCulture;
        var context = new TemplateContext(model ?? new object(), liquid.Options) { CultureInfo = culture };
        budget.Apply(context);
        if (TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out var zone))
        {
            context.TimeZone = zone;
        }

        context.AmbientValues[LiquidFilters.CurrencyKey] = settings.Currency;
        context.AmbientValues[LiquidFilters.ThemeKey] = templates.Theme;
        context.SetValue("site", siteView.Build(templates.Theme));
        context.SetValue("request", RequestViewFor(settings, culture));

        // Not isolated: what the page assigns (page_title, layout) must reach the layout.
        var body = new LimitedTextWriter(budget);
        await templates.Get(template).RenderAsync(body, context, Encoder, isolateContext: false);
        // A page picks its layout with {% assign layout = 'name' %}; 'none' renders the page alone.
        var layoutName = context.GetValue("layout").ToStringValue();
        layoutName = string.IsNullOrEmpty(layoutName) ? "layout" : layoutName;
        return layoutName == "none" ? body.ToString() : await WrapAsync(context, body.ToString(), layoutName, budget);
    }

    private async Task<string> WrapAsync(TemplateContext context, string body, string layout, RenderBudget budget)
    {
        context.SetValue("content", new StringValue(body, encode: false));
        var page = new LimitedTextWriter(budget);
        await templates.Get(layout).RenderAsync(page, context, Encoder);
        return page.ToString();
    }

    private RequestView RequestViewFor(SiteSettings settings, CultureInfo culture)
    {
        var request = http.HttpContext?.Request;
        var storeBase = request?.HttpContext.Features.Get<RequestCultureSegment>()?.StoreBase ?? request?.PathBase.Value ?? "";
        var path = request?.Path.Value ?? "/";
        var pathAndQuery = path + (request?.QueryString.Value ?? "");
        var links = settings.Cultures.Select(c =>
        {
            var info = CultureInfo.GetCultureInfo(c);
            var prefix = string.Equals(c, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase) ? "" : "/" + c.ToLowerInvariant();
            var switchUrl = CultureSwitch.Url(storeBase, c, pathAndQuery);
            return new CultureLink(c, info.NativeName, storeBase + prefix + path, switchUrl, string.Equals(c, culture.Name, StringComparison.OrdinalIgnoreCase));
        }).ToList();
        return new RequestView(culture.Name, culture.Name, culture.TextInfo.IsRightToLeft ? "rtl" : "ltr",
            request?.PathBase.Value ?? "", path, links, storeBase);
    }
}
