using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Tests.Domain;

public sealed class AppreciationRecordTests
{
    [Fact]
    public void An_ended_appreciation_keeps_who_ended_it_when_and_why()
    {
        var coordinator = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var appreciation = new AppreciationRecord
        {
            Id = Guid.NewGuid(),
            MenteeId = Guid.NewGuid(),
            MentorId = Guid.NewGuid(),
            Kind = "bonus",
            Value = 10,
            Reason = "Met at the information session",
        };

        appreciation.End(coordinator, at, "revoked");

        Assert.False(appreciation.InForce);
        Assert.Equal((coordinator, at, "revoked"), (appreciation.EndedBy!.Value, appreciation.EndedAt!.Value, appreciation.EndReason));
    }

    [Fact]
    public void The_engine_receives_the_pair_kind_points_and_reason()
    {
        var appreciation = new AppreciationRecord { MenteeId = Guid.NewGuid(), MentorId = Guid.NewGuid(), Kind = "malus", Value = 15, Reason = "Rivals" };

        var engine = appreciation.ToEngine();

        Assert.Equal((appreciation.MenteeId, appreciation.MentorId, "malus", 15.0, "Rivals"), (engine.MenteeId, engine.MentorId, engine.Kind, engine.Points, engine.Reason));
    }
}
