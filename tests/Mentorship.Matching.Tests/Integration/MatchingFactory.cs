using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Matching.Tests.Integration;

public sealed class MatchingFactory() : ServiceFactory<Program>(ResourceNames.MatchingDb, usesCache: true)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Heartbeats during every planning, as a large round has in production.
        builder.UseSetting("Rounds:HeartbeatInterval", "00:00:00.020");
        builder.UseSetting("Rounds:PollInterval", "00:00:00.200");
    }
}
