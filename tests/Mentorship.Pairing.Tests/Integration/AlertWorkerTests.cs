using Mentorship.Pairing.Contracts;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class AlertWorkerTests(WorkerFactory factory) : IClassFixture<WorkerFactory>
{
    [Fact]
    public async Task The_worker_raises_a_due_alert_at_its_next_tick_without_being_asked()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        factory.Clock.Advance(TimeSpan.FromDays(8));

        var raised = await ServiceFactory<Program>.EventuallyAsync(async () => (await factory.RaisedAsync(pair.PairId)).SingleOrDefault());
        Assert.Equal((AlertKinds.MentorDecisionOverdue, 1), (raised.Kind, raised.Level));
    }
}
