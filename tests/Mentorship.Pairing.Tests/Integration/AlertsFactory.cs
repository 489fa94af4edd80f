using Mentorship.Pairing.Domain;
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
