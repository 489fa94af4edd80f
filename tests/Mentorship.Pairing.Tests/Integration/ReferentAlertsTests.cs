using Mentorship.Messaging.Contracts;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>The pair's referent among the recipients of its alerts, and a concern's later states in the monitoring table.</summary>
public sealed class ReferentAlertsTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    [Fact]
    public async Task An_unanswered_concern_alerts_the_pair_s_referent_by_id_beside_the_coordinators()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).SupervisedAsync();
        var concernId = Guid.NewGuid();
        await factory.PublishAsync(new ConcernRaised(concernId, pair.ProgrammeId, pair.PairId, factory.Now));
        await factory.WaitUntilAsync(db => db.Concerns.AnyAsync(c => c.ConcernId == concernId));

        factory.Clock.Advance(TimeSpan.FromDays(4));
        await factory.RunAlertsAsync();

        var raised = Assert.Single(await factory.RaisedAsync(pair.PairId), e => e.Kind == AlertKinds.ConcernUnanswered);
        Assert.Equal([new AlertRecipient("referent", pair.ReferentId), AlertHarness.Coordinators], raised.Recipients);
    }

    [Fact]
    public async Task An_escalated_concern_shows_at_once_as_unanswered_until_its_new_tier_acknowledges_it_and_resolving_clears_it()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).SupervisedAsync();
        var concernId = Guid.NewGuid();
        await factory.PublishAsync(new ConcernRaised(concernId, pair.ProgrammeId, pair.PairId, factory.Now));
        await factory.PublishAsync(new ConcernAcknowledged(concernId, pair.ProgrammeId, pair.PairId, factory.Now));
        await factory.WaitUntilAsync(db => db.Concerns.AnyAsync(c => c.ConcernId == concernId && c.AcknowledgedAt != null && c.RaisedAt != null));
        await factory.RunAlertsAsync();
        var beforeEscalation = await factory.RaisedAsync(pair.PairId);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await factory.PublishAsync(new ConcernStatusChanged(concernId, pair.ProgrammeId, pair.PairId, ConcernStatuses.Escalated, 1, factory.Now));
        await factory.WaitUntilAsync(db => db.Concerns.AnyAsync(c => c.ConcernId == concernId && c.EscalatedAt != null));
        await factory.RunAlertsAsync();
        var escalated = await factory.RaisedAsync(pair.PairId);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await factory.PublishAsync(new ConcernStatusChanged(concernId, pair.ProgrammeId, pair.PairId, ConcernStatuses.Resolved, 1, factory.Now));
        await factory.WaitUntilAsync(db => db.Concerns.AnyAsync(c => c.ConcernId == concernId && c.ResolvedAt != null));
        await factory.RunAlertsAsync();

        Assert.DoesNotContain(beforeEscalation, e => e.Kind == AlertKinds.ConcernUnanswered);
        Assert.Single(escalated, e => e.Kind == AlertKinds.ConcernUnanswered);
        var closed = Assert.Single(await factory.ClosedAsync(pair.PairId), e => e.Kind == AlertKinds.ConcernUnanswered);
        Assert.Equal("resolved", closed.Reason);
        Assert.DoesNotContain(await factory.AlertsAsync(pair.PairId), a => a.State != AlertState.Closed);
    }
}
