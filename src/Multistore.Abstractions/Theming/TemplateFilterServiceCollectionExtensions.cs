using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Multistore.Theming;

public static class TemplateFilterServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Liquid filter <paramref name="name"/> to the store's templates, answered by a scoped
    /// <typeparamref name="TFilter"/>. A name the engine already has (<c>t</c>, <c>money</c>, ...) or another module
    /// took fails the shell's build, naming it.
    /// </summary>
    public static IServiceCollection AddTemplateFilter<TFilter>(this IServiceCollection services, string name)
        where TFilter : class, ITemplateFilter
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (services.Any(d => d.ImplementationInstance is TemplateFilterRegistration r && string.Equals(r.Name, name, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"The Liquid filter '{name}' is registered twice.");
        }

        services.TryAddScoped<TFilter>();
        services.AddSingleton(new TemplateFilterRegistration(name, typeof(TFilter)));
        return services;
    }
}
