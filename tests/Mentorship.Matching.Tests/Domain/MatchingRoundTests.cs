using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Tests.Domain;

public sealed class MatchingRoundTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static RoundStats Stats() =>
        new(Objective.MaxParticipation, 1, 1, 1, 1, 1, new Dictionary<string, long>(), 1, 80, 1, 1, 1, 1);

    [Fact]
    public void A_requested_round_waits_in_the_queue_with_who_asked()
    {
        var coordinator = Guid.NewGuid();

        var round = MatchingRound.Request(Guid.NewGuid(), RoundMode.MaxScore, coordinator, Now);

        Assert.Equal(RoundStatus.Queued, round.Status);
        Assert.Equal(RoundKind.Round, round.Kind);
        Assert.Equal(coordinator, round.RequestedBy);
        Assert.True(round.InProgress);
    }

    [Fact]
    public void A_rematch_is_queued_for_the_returned_mentees_without_a_requester()
    {
        var mentee = Guid.NewGuid();

        var round = MatchingRound.Rematch(Guid.NewGuid(), [mentee], Now);

        Assert.Equal(RoundKind.Rematch, round.Kind);
        Assert.Null(round.RequestedBy);
        Assert.Equal([mentee], round.MenteeIds);
        Assert.Equal(RoundMode.MaxParticipation, round.Mode);
    }

    [Fact]
    public void Progress_is_reported_with_a_heartbeat_until_the_round_completes()
    {
        var round = MatchingRound.Request(Guid.NewGuid(), RoundMode.MaxParticipation, Guid.NewGuid(), Now);
        round.Start(Now);

        round.ReportProgress(RoundPhase.Solving, 0.5, Now.AddSeconds(3));
        Assert.Equal(("solving", 0.5, Now.AddSeconds(3)), (round.Phase, round.Progress, round.HeartbeatAt));

        round.Complete(Stats(), Now.AddSeconds(4));
        Assert.Equal(RoundStatus.Completed, round.Status);
        Assert.Equal(1, round.Progress);
        Assert.False(round.InProgress);
    }

    [Fact]
    public void A_failed_round_keeps_the_reason()
    {
        var round = MatchingRound.Request(Guid.NewGuid(), RoundMode.MaxParticipation, Guid.NewGuid(), Now);
        round.Start(Now);

        round.Fail("Pinned pairs cannot be honoured", Now.AddSeconds(1));

        Assert.Equal(RoundStatus.Failed, round.Status);
        Assert.Equal("Pinned pairs cannot be honoured", round.Error);
    }

    [Fact]
    public void An_abandoned_round_goes_back_to_the_queue()
    {
        var round = MatchingRound.Request(Guid.NewGuid(), RoundMode.MaxParticipation, Guid.NewGuid(), Now);
        round.Start(Now);

        round.Requeue();

        Assert.Equal(RoundStatus.Queued, round.Status);
    }
}
