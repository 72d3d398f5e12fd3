using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Multistore.Shells;

/// <summary>
/// Gives a shell a global endpoint collection of its own. <c>AddRouting</c> closes its
/// <c>IConfigureOptions&lt;RouteOptions&gt;</c> over one collection per call, and every <c>UseEndpoints</c>
/// adds to it (the DI <c>EndpointDataSource</c> reads the same collection): copied from the host, all shells would share the host's, so the OpenAPI document and link
/// generation of one store would see every store's endpoints, concurrent shell builds would corrupt it, and
/// released shells' endpoints would never be freed.
/// </summary>
public static class ShellRouting
{
    public static void Isolate(IServiceCollection services)
    {
        var routingAssembly = typeof(RouteOptions).Assembly;
        bool Shared(ServiceDescriptor d) =>
            (d.ServiceType == typeof(IConfigureOptions<RouteOptions>) || d.ServiceType == typeof(EndpointDataSource)) && IsFrom(d, routingAssembly);

        foreach (var descriptor in services.Where(Shared).ToList())
        {
            services.Remove(descriptor);
        }

        // One AddRouting call: its options and its EndpointDataSource close over the same new collection.
        foreach (var descriptor in new ServiceCollection().AddRouting().Where(Shared))
        {
            services.Add(descriptor);
        }
    }

    private static bool IsFrom(ServiceDescriptor descriptor, System.Reflection.Assembly assembly) =>
        !descriptor.IsKeyedService
        && (descriptor.ImplementationType?.Assembly == assembly
            || descriptor.ImplementationInstance?.GetType().Assembly == assembly
            || descriptor.ImplementationFactory?.Method.DeclaringType?.Assembly == assembly);
}
