using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Multistore.Commerce;

namespace Multistore.Theming;

/// <summary>
/// The Liquid sandbox of one tenant: only the view-model types a page passes in are readable, partials
/// come through the tenant's template lookup, and the filters know the store's currency and URLs.
/// </summary>
internal sealed class LiquidOptions
{
    private static readonly HashSet<Type> Scalars = [typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(Guid), typeof(TimeSpan)];
    private readonly ConcurrentDictionary<Type, bool> _registered = new();
    private readonly Lock _registerLock = new();

    public LiquidOptions(ThemeTemplates templates, IHttpContextAccessor http, Multistore.Localization.TenantTranslations translations, LiquidLimits? limits = null,
        IEnumerable<TemplateFilterRegistration>? moduleFilters = null)
    {
        Limits = limits ?? new LiquidLimits();
        var ranges = new BoundedRangeRewriter(Limits.MaxRangeLength);
        Options = new TemplateOptions
        {
            FileProvider = templates,
            TemplateCache = new PartialTemplateCache(),
            TemplateParsed = (_, template) => ranges.VisitTemplate(template),
            MaxRecursion = Limits.MaxRecursion,
            MaxSteps = Limits.MaxSteps,
        };
        Options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        Options.ValueConverters.Add(value => value is Money money ? new MoneyValue(money) : null);
        LiquidFilters.Register(Options.Filters, http);
        TranslateFilter.Register(Options.Filters, translations);
        Options.Filters.AddFilter("image_url", ImageUrlFilter.ImageUrl);
        Options.Filters.AddFilter("date_format", DateFormatFilter.Format);
        Options.Filters.AddFilter("option_values", OptionValuesFilter.OptionValues);
        Register(typeof(Money));
        Register(typeof(SiteView));
        Register(typeof(RequestView));
        ModuleTemplateFilters.Register(this, moduleFilters ?? [], http);
    }

    public TemplateOptions Options { get; }

    public LiquidLimits Limits { get; }

    /// <summary>Allows templates to read the public properties of <paramref name="type"/> and of the types they hold.</summary>
    public void Register(Type type)
    {
        if (_registered.ContainsKey(type))
        {
            return;
        }

        lock (_registerLock)
        {
            RegisterGraph(type);
        }
    }

    private void RegisterGraph(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || Scalars.Contains(type) || !_registered.TryAdd(type, true))
        {
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            RegisterGraph(underlying);
            return;
        }

        var element = type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is not null && type != typeof(string))
        {
            RegisterGraph(element);
            if (type.IsArray || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                return;
            }
        }

        Options.MemberAccessStrategy.Register(type);
        foreach (var property in type.GetProperties())
        {
            RegisterGraph(property.PropertyType);
        }
    }

    internal static CultureInfo Culture => CultureInfo.CurrentCulture;
}
