using System.Runtime.InteropServices;
using Mentorship.AppHost.Hosting;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Cli;

/// <summary>
/// Runs the platform until Ctrl+C, SIGINT or SIGTERM, then stops it in order; a second signal kills
/// what is still stopping. Exit code 1 when start-up fails.
/// </summary>
public static class AppHostRunner
{
    public static async Task<int> RunAsync(DistributedSystemOptions options)
    {
        using var shutdown = new CancellationTokenSource();
        using var hurry = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            if (shutdown.IsCancellationRequested)
                hurry.Cancel();
            else
                shutdown.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        DistributedSystem system;
        try
        {
            system = await DistributedSystem.StartAsync(options, shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is ResourceStartException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        try
        {
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Out.WriteLineAsync("Stopping (a second Ctrl+C kills at once)...");
        }

        await system.StopAsync(hurry.Token);
        return 0;
    }
}
