using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Theming;

/// <summary>
/// Adds the Liquid filters modules registered (<see cref="ITemplateFilter"/>) to the store's templates. Each use
/// resolves the filter from the request's scope; what it returns becomes readable like a page's model.
/// </summary>
internal static class ModuleTemplateFilters
{
    public static void Register(LiquidOptions liquid, IEnumerable<TemplateFilterRegistration> registrations, IHttpContextAccessor http)
    {
        foreach (var registration in registrations)
        {
            if (liquid.Options.Filters.TryGetValue(registration.Name, out _))
            {
                throw new InvalidOperationException($"The Liquid filter '{registration.Name}' of {registration.FilterType.FullName} is already taken.");
            }

            liquid.Options.Filters.AddFilter(registration.Name, (input, arguments, context) => InvokeAsync(liquid, registration, http, input, arguments, context));
        }
    }

    private static async ValueTask<FluidValue> InvokeAsync(
        LiquidOptions liquid, TemplateFilterRegistration registration, IHttpContextAccessor http, FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        // Outside a request (a template checked without one) there is no scope to answer from.
        if (http.HttpContext is not { } request)
        {
            return NilValue.Instance;
        }

        var filter = (ITemplateFilter)request.RequestServices.GetRequiredService(registration.FilterType);
        var values = Enumerable.Range(0, arguments.Count).Select(i => arguments.At(i).ToObjectValue()).ToList();
        var result = await filter.InvokeAsync(input.ToObjectValue(), values, new TemplateFilterContext(context.CultureInfo, request.RequestAborted));
        if (result is null)
        {
            return NilValue.Instance;
        }

        liquid.Register(result.GetType());
        return FluidValue.Create(result, context.Options);
    }
}
