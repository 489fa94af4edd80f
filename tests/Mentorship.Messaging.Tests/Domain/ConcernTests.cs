using Mentorship.Messaging.Domain;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class ConcernTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Programme = Guid.NewGuid();

    [Fact]
    public void A_concern_about_a_pair_goes_to_the_pair_referent_and_one_without_to_the_programme_contact()
    {
        var aboutPair = Concern.Raise(Programme, Guid.NewGuid(), Guid.NewGuid(), ConcernCategory.Conflict, "  We no longer get along.  ", Now);
        var general = Concern.Raise(Programme, null, Guid.NewGuid(), null, "I feel discouraged lately.", Now);

        Assert.Equal(ConcernRoute.PairReferent, aboutPair.Route);
        Assert.Equal(ConcernRoute.ProgrammeContact, general.Route);
        Assert.Equal("We no longer get along.", aboutPair.Text);
        Assert.Equal(ConcernStatus.Open, aboutPair.Status);
    }

    [Fact]
    public void Acknowledging_records_who_and_when_once()
    {
        var concern = Concern.Raise(Programme, null, Guid.NewGuid(), ConcernCategory.WellBeing, "I feel discouraged lately.", Now);
        var referent = Guid.NewGuid();

        var first = concern.Acknowledge(referent, Now.AddHours(2));
        var again = concern.Acknowledge(Guid.NewGuid(), Now.AddHours(3));

        Assert.True(first.Changed);
        Assert.False(again.Changed);
        Assert.False(again.Refused);
        Assert.Equal(ConcernStatus.Acknowledged, concern.Status);
        Assert.Equal(referent, concern.AcknowledgedBy);
        Assert.Equal(Now.AddHours(2), concern.AcknowledgedAt);
    }

    [Fact]
    public void Only_referents_of_the_programme_receive_its_concerns()
    {
        Assert.True(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Referent, Programme), Programme));
        Assert.False(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Referent, Guid.NewGuid()), Programme));
        Assert.False(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Coordinator, Programme), Programme));
        Assert.False(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Ops), Programme));
    }

    [Fact]
    public void The_raised_event_carries_no_text_category_or_raiser()
    {
        var pairId = Guid.NewGuid();
        var concern = Concern.Raise(Programme, pairId, Guid.NewGuid(), ConcernCategory.Discrimination, "Remarks about my origin.", Now);

        var raised = MessagingEvents.Raised(concern);

        Assert.Equal((concern.Id, Programme, (Guid?)pairId, Now), (raised.ConcernId, raised.ProgrammeId, raised.PairId, raised.RaisedAt));
        Assert.Equal(4, typeof(Mentorship.Messaging.Contracts.ConcernRaised).GetProperties().Length);
    }
}
