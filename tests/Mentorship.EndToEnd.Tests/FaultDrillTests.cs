using Mentorship.Drills.Scenarios;
using Mentorship.Drills.Platform;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// The consumer-kill drill (tools/Mentorship.Drills) at a small scale on the platform the end-to-end tests
/// share: Pairing and Messaging killed with SIGKILL in the middle of a publication, started again by
/// Aspire, and every event applied exactly once. The other drills stop a server the whole platform needs
/// and run from the command line (README "Load").
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FaultDrillTests(PlatformFixture platform)
{
    private static readonly DrillSettings Small = new(
        Proposals: 200, KillAt: 1.0 / 3, Connections: 1, Load: TimeSpan.Zero, Outage: TimeSpan.Zero, Patience: TimeSpan.FromMinutes(3));

    [Fact]
    public async Task Consumers_killed_in_the_middle_of_a_publication_apply_every_event_exactly_once_once_started_again()
    {
        await using var drill = new DrillPlatform(platform.Platform, ownsPlatform: false);
        using var output = new StringWriter();

        var report = await ConsumerKill.RunAsync(drill, Small, output, CancellationToken.None);

        await report.WriteAsync(output);
        Assert.True(report.Passed, output.ToString());
        Assert.All(report.Counts, count => Assert.Equal(Small.Proposals, count.Found));
        // The other tests of the platform find it whole again, the gateway's view included.
        using var gateway = new Gateway(platform.Gateway).Anonymous();
        await Eventually.True(async () => (await gateway.GetAsync("/health")).IsSuccessStatusCode, "the gateway reports every service healthy");
    }
}
