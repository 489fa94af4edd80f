using Mentorship.Pairing.Term;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>The service on the fake clock with its term closing worker running, as deployed, and its log lines recorded.</summary>
public sealed class TermWorkerFactory : AlertsFactory
{
    public TermWorkerFactory() =>
        Logs = new RecordedLogs(typeof(PairTermWorker).FullName!);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pairing:TermClosingEnabled", "true");
    }
}
