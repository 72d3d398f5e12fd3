namespace Multistore.Events;

/// <summary>
/// In-process events of one tenant: a module publishes what happened (stock changed, order placed), other
/// modules react without the publisher knowing them. Publish after the change is saved.
/// </summary>
public interface IEventPublisher
{
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull;
}
