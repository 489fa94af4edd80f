using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentorship.ServiceDefaults.Backend.Jobs;

/// <summary>
/// Runs one job in a fresh scope every Interval of the injected clock (so tests on a fake clock drive it),
/// from start-up until the host stops. A failed run is logged and the next tick tries again: the job is
/// expected to roll back whole. Messaging's concern escalation and Pairing's alert worker loop the same
/// way by hand and can move onto it.
/// </summary>
public abstract partial class ClockedWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(Logger, exception, GetType().Name);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string worker);
}
