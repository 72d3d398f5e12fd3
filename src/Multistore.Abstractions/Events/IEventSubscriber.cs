namespace Multistore.Events;

/// <summary>Reacts to an event of the tenant. Register with <c>services.AddScoped&lt;IEventSubscriber&lt;T&gt;, Handler&gt;()</c>.</summary>
public interface IEventSubscriber<in TEvent>
{
    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}
