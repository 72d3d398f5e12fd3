using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Localization;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary>Renders a page template inside the theme's layout, with <c>site</c> and <c>request</c> beside the page's model.</summary>
public sealed class FluidViewRenderer(ThemeTemplates templates, LiquidOptions liquid, SiteViewSource siteView, IOptions<SiteSettings> site, IHttpContextAccessor http)
    : IThemeViewRenderer
{
    /// <summary>Escapes markup but keeps letters of every script as they are, so Swedish or Arabic text stays readable and small.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public async Task<IResult> ViewAsync(string template, object? model, int statusCode = StatusCodes.Status200OK)
    {
        var html = await RenderAsync(template, model);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public async Task<string> RenderAsync(string template, object? model, CancellationToken cancellationToken = default)
    {
        if (model is not null)
        {
            liquid.Register(model.GetType());
        }

        var settings = site.Value;
        var culture = CultureInfo.CurrentCulture;
        var context = new TemplateContext(model ?? new object(), liquid.Options) { CultureInfo = culture };
        if (TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out var zone))
        {
            context.TimeZone = zone;
        }

        context.AmbientValues[LiquidFilters.CurrencyKey] = settings.Currency;
        context.AmbientValues[LiquidFilters.ThemeKey] = templates.Theme;
        context.SetValue("site", siteView.Build(templates.Theme));
        context.SetValue("request", RequestViewFor(settings, culture));

        // Not isolated: what the page assigns (page_title, layout) must reach the layout.
        var body = await templates.Get(template).RenderAsync(context, Encoder, isolateContext: false);
        // A page picks its layout with {% assign layout = 'name' %}; 'none' renders the page alone.
        var layoutName = context.GetValue("layout").ToStringValue();
        layoutName = string.IsNullOrEmpty(layoutName) ? "layout" : layoutName;
        return layoutName == "none" ? body : await WrapAsync(context, body, layoutName);
    }

    private async Task<string> WrapAsync(TemplateContext context, string body, string layout)
    {
        context.SetValue("content", new StringValue(body, encode: false));
        return await templates.Get(layout).RenderAsync(context, Encoder);
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
