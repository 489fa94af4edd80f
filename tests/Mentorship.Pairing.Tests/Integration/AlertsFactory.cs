using Mentorship.Pairing.Domain;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>
/// The Pairing service on a fake clock the tests move forward, so that alerts fall due without waiting.
/// Outbox rows are kept for a year of fake time so the events a test asserts are still there.
/// </summary>
public class AlertsFactory : PairingFactory
{
    public FakeTimeProvider Clock { get; } = new(Moments.Cut(DateTimeOffset.UtcNow));

    public override DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Moves the clock by <paramref name="by"/>, then by a further <paramref name="nudge"/> after each probe
    /// that does not yet see a background worker's effect. A worker sets its next timer only when its run
    /// ends: a timer set just after the first move would wait for a moment the fake clock never reached.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(TimeSpan by, TimeSpan nudge, Func<Task<T?>> probe)
    {
        Clock.Advance(by);
        return await ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var value = await probe();
            if (value is null)
                Clock.Advance(nudge);
            return value;
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:Retention", "365.00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
