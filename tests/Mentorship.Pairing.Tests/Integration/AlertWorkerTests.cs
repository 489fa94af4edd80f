using Mentorship.Pairing.Contracts;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class AlertWorkerTests(WorkerFactory factory) : IClassFixture<WorkerFactory>
{
    [Fact]
    public async Task The_worker_raises_a_due_alert_at_its_next_tick_without_being_asked()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var raised = await factory.AdvanceUntilAsync(TimeSpan.FromDays(8), TimeSpan.FromMinutes(5),
            async () => (await factory.RaisedAsync(pair.PairId)).SingleOrDefault());
        Assert.Equal((AlertKinds.MentorDecisionOverdue, 1), (raised.Kind, raised.Level));
    }
}
