using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.Pairing.Bench;

/// <summary>
/// The Pairing service in-process over the test infrastructure's servers, in a fresh database, on a
/// clock the bench moves; its own scheduler worker is off so that only the timed runs evaluate.
/// </summary>
public sealed class BenchFactory() : ServiceFactory<Program>(ResourceNames.PairingDb)
{
    public FakeTimeProvider Clock { get; } = new(Moments.Cut(DateTimeOffset.UtcNow));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alerts:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
