using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Matching.PublicationBench;

/// <summary>Matching in-process: its outbox dispatcher publishes what the bench stores.</summary>
public sealed class MatchingHost() : ServiceFactory<Program>(ResourceNames.MatchingDb, usesCache: true)
{
    /// <summary>The outbox's poll interval, when not the tests' default.</summary>
    public TimeSpan? PollInterval { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (PollInterval is { } poll)
            builder.UseSetting("Outbox:PollInterval", poll.ToString());
        // Quiet: a log line per message would cost more than the work measured.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
