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
    public void Only_referents_of_the_programme_and_its_escalation_contacts_receive_its_concerns()
    {
        var contact = Guid.NewGuid();
        EscalationPolicy[] policies = [Policy(TimeSpan.FromDays(1), [contact])];

        Assert.True(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Referent, Programme), Programme, []));
        Assert.True(ConcernRecipient.Receives(Users.Person(contact, PlatformRoles.Mentor, Guid.NewGuid()), Programme, policies));
        Assert.False(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Referent, Guid.NewGuid()), Programme, policies));
        Assert.False(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Coordinator, Programme), Programme, policies));
        Assert.False(ConcernRecipient.Receives(Users.Person(Guid.NewGuid(), PlatformRoles.Ops), Programme, policies));
    }

    [Fact]
    public void A_pair_s_concern_is_handled_by_its_referent_while_they_hold_the_role_and_by_the_contacts_of_the_tiers_it_reached()
    {
        var referent = Guid.NewGuid();
        var contact = Guid.NewGuid();
        var concern = Concern.Raise(Programme, Guid.NewGuid(), Guid.NewGuid(), null, "We no longer get along.", Now, referentId: referent);

        Assert.True(ConcernRecipient.Handles(Users.Person(referent, PlatformRoles.Referent, Programme), concern));
        Assert.False(ConcernRecipient.Handles(Users.Person(referent, PlatformRoles.Mentor, Programme), concern));
        Assert.False(ConcernRecipient.Handles(Users.Person(Guid.NewGuid(), PlatformRoles.Referent, Programme), concern));
        Assert.False(ConcernRecipient.Handles(Users.Person(contact, PlatformRoles.Mentor, Programme), concern));
        concern.Escalate(Policy(TimeSpan.FromDays(1), [contact]), Now);
        Assert.True(ConcernRecipient.Handles(Users.Person(contact, PlatformRoles.Mentor, Programme), concern));
    }

    [Fact]
    public void The_clock_runs_only_while_a_tier_waits_above_and_stops_at_an_acknowledgement()
    {
        var policy = Policy(TimeSpan.FromHours(24), [Guid.NewGuid()], [Guid.NewGuid()]);
        var concern = Concern.Raise(Programme, null, Guid.NewGuid(), null, "I feel discouraged lately.", Now, policy: policy);
        var withoutPolicy = Concern.Raise(Programme, null, Guid.NewGuid(), null, "I feel discouraged lately.", Now);

        Assert.Equal(Now.AddHours(24), concern.RespondBy);
        Assert.Null(withoutPolicy.RespondBy);
        Assert.True(concern.Escalate(policy, Now.AddHours(25)).Changed);
        Assert.Equal(Now.AddHours(25 + 48), concern.RespondBy);
        Assert.True(concern.Acknowledge(Guid.NewGuid(), Now.AddHours(26)).Changed);
        Assert.Null(concern.RespondBy);
        Assert.True(concern.Escalate(policy, Now.AddHours(27)).Changed);
        Assert.Equal((2, (DateTimeOffset?)null), (concern.Tier, concern.RespondBy));
        Assert.True(concern.Escalate(policy, Now.AddHours(28)).Refused);
        Assert.True(withoutPolicy.Escalate(null, Now).Refused);
    }

    private static EscalationPolicy Policy(TimeSpan firstResponse, params List<Guid>[] tiers) => new()
    {
        ProgrammeId = Programme,
        FirstResponseWithin = firstResponse,
        Tiers = tiers.Select(contacts => new EscalationTier { Contacts = contacts, AcknowledgeWithin = TimeSpan.FromHours(48) }).ToList(),
    };

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
