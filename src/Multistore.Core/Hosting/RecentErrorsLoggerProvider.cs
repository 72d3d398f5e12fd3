using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Multistore.Hosting;

/// <summary>
/// Keeps every Error and Critical log entry written inside a tenant's scope (the scope
/// <see cref="TenantMiddleware"/> opens) in <see cref="RecentErrors"/>, with the touchpoint and request id; or inside a
/// background task's scope (<see cref="Multistore.Background.BackgroundTaskLogScope"/>), filed under the task.
/// </summary>
public sealed class RecentErrorsLoggerProvider(RecentErrors errors) : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new RecentErrorsLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Write(string category, string message, Exception? exception)
    {
        string? tenant = null, touchpoint = null, requestId = null, path = null, task = null;
        _scopes.ForEachScope((scope, _) =>
        {
            if (scope is not IEnumerable<KeyValuePair<string, object?>> values)
            {
                return;
            }

            foreach (var (key, value) in values)
            {
                switch (key)
                {
                    case "Tenant": tenant = value?.ToString(); break;
                    case "Touchpoint": touchpoint = value?.ToString(); break;
                    case "RequestId": requestId = value?.ToString(); break;
                    case "RequestPath": path = value?.ToString(); break;
                    case "Task": task = value?.ToString(); break;
                }
            }
        }, (object?)null);

        if (tenant is not null)
        {
            errors.Add(tenant, new RecentError(DateTimeOffset.UtcNow, category, message, exception?.ToString(), touchpoint, requestId,
                Activity.Current?.TraceId.ToString(), path) { BackgroundTask = task });
        }
    }

    private sealed class RecentErrorsLogger(string category, RecentErrorsLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, formatter(state, exception), exception);
            }
        }
    }
}
