namespace Multistore.Background;

/// <summary>The side of a task's signal its loop sees: the signals <see cref="BackgroundTaskSignal{TTask}"/> collected.</summary>
internal interface IBackgroundTaskWakeup
{
    /// <summary>Signals the task on this node only (a signal another node sent).</summary>
    void Wake();

    /// <summary>Forgets signals given before a round starts: the round covers them.</summary>
    void Clear();

    /// <summary>Completes when the task is signalled (at once when it was signalled since the last <see cref="Clear"/>).</summary>
    Task WaitAsync(CancellationToken cancellationToken);
}
