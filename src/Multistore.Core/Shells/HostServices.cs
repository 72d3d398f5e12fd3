using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Multistore.Shells;

/// <summary>
/// The host's service registrations as every shell sees them. Host singletons are shared by instance (a
/// shell never disposes them); scoped and transient services and open generics such as <c>IOptions&lt;&gt;</c>
/// are re-registered, so each shell resolves them from its own container with its own configuration.
/// Routing is not cloned at all: <c>AddRouting</c> registers a factory that closes over one endpoint-source
/// collection, so a clone would let every shell append its endpoints to the host's list (a leak, and one
/// tenant's endpoints visible to another's link generator). Each shell calls <c>AddRouting</c> itself.
/// Worked out once per process, then copied into each shell, which keeps a cold shell build cheap.
/// </summary>
internal sealed class HostServices(IServiceCollection hostCollection)
{
    private static readonly HashSet<Type> NotForShells =
        [typeof(IHostedService), typeof(IStartupFilter), typeof(IServer), .. new ServiceCollection().AddRouting().Select(d => d.ServiceType)];

    private readonly Lock _lock = new();
    private IReadOnlyList<ServiceDescriptor>? _descriptors;

    public IReadOnlyList<ServiceDescriptor> DescriptorsFor(IServiceProvider root)
    {
        lock (_lock)
        {
            return _descriptors ??= Build(root);
        }
    }

    private List<ServiceDescriptor> Build(IServiceProvider root)
    {
        var result = new List<ServiceDescriptor>(hostCollection.Count);
        foreach (var group in hostCollection.GroupBy(d => (d.ServiceType, d.IsKeyedService ? d.ServiceKey : null)))
        {
            if (NotForShells.Contains(group.Key.ServiceType))
            {
                continue;
            }

            var index = 0;
            IReadOnlyList<object?>? instances = null;
            foreach (var descriptor in group)
            {
                if (descriptor.Lifetime != ServiceLifetime.Singleton
                    || descriptor.ServiceType.IsGenericTypeDefinition
                    || descriptor.IsKeyedService
                    || descriptor.ImplementationInstance is not null)
                {
                    result.Add(descriptor);
                }
                else
                {
                    instances ??= [.. root.GetServices(descriptor.ServiceType)];
                    result.Add(new ServiceDescriptor(descriptor.ServiceType, instances[index]!));
                }

                index++;
            }
        }

        return result;
    }
}
