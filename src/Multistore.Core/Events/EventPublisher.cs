using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Multistore.Events;

/// <summary>
/// Calls every handler of the event in the current scope. A failing handler is logged and does not stop
/// the others: the change that raised the event is already saved.
/// </summary>
internal sealed class EventPublisher(IServiceProvider services, ILogger<EventPublisher> logger) : IEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        foreach (var subscriber in services.GetServices<IEventSubscriber<TEvent>>())
        {
            try
            {
                await subscriber.HandleAsync(@event, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Subscriber {Subscriber} failed on {Event}", subscriber.GetType().Name, typeof(TEvent).Name);
            }
        }
    }
}
