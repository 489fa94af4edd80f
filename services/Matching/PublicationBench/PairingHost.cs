using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Matching.PublicationBench;

/// <summary>Pairing in-process, its alert scheduler off: only the consumers work.</summary>
public sealed class PairingHost() : ServiceFactory<Pairing.Program>(ResourceNames.PairingDb)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Alerts:Enabled", "false");
    }
}
