using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Multistore.Hosting;

/// <summary>
/// On a PostgreSQL host database the data protection key ring lives in that database, and data protection reads it as
/// soon as the host starts: before this, a node starting on a new database read a table the host migrations had not
/// made yet and logged errors (the key ring was made a moment later). Registered before data protection, this waits a
/// while for the host database to be migrated; a database that does not answer yet is left to <see cref="HostStartup"/>,
/// which requests wait for, so the node still starts and reports itself unhealthy meanwhile.
/// </summary>
internal sealed class HostDatabaseFirst(HostStartup startup, ILogger<HostDatabaseFirst> logger) : IHostedService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await startup.Ready.WaitAsync(Patience, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The host database is not ready yet; the node starts and its requests wait for it");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
