using Multistore.Events;

namespace Multistore.Modules.Tests.Fixtures;

/// <summary>Keeps what a service published, so a test can assert the events a change announces.</summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly List<object> _published = [];

    public IReadOnlyList<object> Published => _published;

    public IEnumerable<TEvent> OfType<TEvent>() => _published.OfType<TEvent>();

    /// <summary>Forgets what was published so far, so a test asserts only what its own step announced.</summary>
    public void Clear() => _published.Clear();

    public Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        _published.Add(@event);
        return Task.CompletedTask;
    }
}
