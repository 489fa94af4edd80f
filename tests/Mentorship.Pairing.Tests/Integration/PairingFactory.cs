using Mentorship.Pairing.Alerts;
using Mentorship.Pairing.Term;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>
/// The Pairing service over its own fresh database and the real broker. The alert scheduler and the term
/// closing do not run by themselves: tests that need them trigger a run, so nothing changes behind their back.
/// </summary>
public class PairingFactory() : ServiceFactory<Program>(ResourceNames.PairingDb)
{
    /// <summary>The service's present moment, which tests date their proposals and meetings from.</summary>
    public virtual DateTimeOffset Now => DateTimeOffset.UtcNow;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>Runs the alert scheduler as its worker does; unless only when due, waits for a run under way and runs anyway.</summary>
    public async Task<AlertRun?> RunAlertsAsync(bool onlyIfDue = false)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PairAlertScheduler>().RunAsync(onlyIfDue, CancellationToken.None);
    }

    /// <summary>Closes the pairs past their term and grace as the worker does; returns how many this run closed.</summary>
    public async Task<int> CloseTermsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PairTermCloser>().RunAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alerts:Enabled", "false");
        builder.UseSetting("Pairing:TermClosingEnabled", "false");
    }
}
