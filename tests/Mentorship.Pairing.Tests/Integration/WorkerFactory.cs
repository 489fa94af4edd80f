using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>The service on the fake clock with its alert worker running, as deployed.</summary>
public sealed class WorkerFactory : AlertsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alerts:Enabled", "true");
    }
}
