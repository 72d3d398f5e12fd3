using System.Collections;
using System.Collections.Concurrent;

namespace Multistore.Background;

/// <summary>
/// The log scope of a background task's rounds: its tenant and task name (<c>Tenant</c>, <c>Task</c>), so log sinks and
/// the store's recent errors file what a task logs under the task, never under a request. One instance per pair.
/// </summary>
internal sealed class BackgroundTaskLogScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    private static readonly ConcurrentDictionary<(string Tenant, string Task), BackgroundTaskLogScope> Scopes = new();

    private readonly KeyValuePair<string, object?>[] _values;
    private readonly string _text;

    private BackgroundTaskLogScope(string tenant, string task)
    {
        _values = [new("Tenant", tenant), new("Task", task)];
        _text = $"Tenant:{tenant} Task:{task}";
    }

    public static BackgroundTaskLogScope For(string tenant, string task) =>
        Scopes.GetOrAdd((tenant, task), static key => new BackgroundTaskLogScope(key.Tenant, key.Task));

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text;
}
