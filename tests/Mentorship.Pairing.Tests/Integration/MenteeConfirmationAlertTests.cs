using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>The first-meeting clock of a pair awaiting the mentee starts at the mentee's confirmation, not the mentor's acceptance.</summary>
public sealed class MenteeConfirmationAlertTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    [Fact]
    public async Task The_first_meeting_falls_due_counted_from_the_mentee_s_confirmation()
    {
        var programmeId = Guid.NewGuid();
        await PairHarness.PublishProgrammeAndWaitAsync(factory, programmeId, templateId: "cjsm");
        var pair = await (await PairHarness.ProposeAsync(factory, programmeId)).AcceptedAsync();

        factory.Clock.Advance(TimeSpan.FromDays(15));
        await PairHarness.ExpectAsync(pair.Mentee.PostAsJsonAsync($"{pair.Url}/mentee-decision", new { accept = true }), HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromDays(15));
        await factory.RunAlertsAsync();
        var afterThirtyDays = await factory.RaisedAsync(pair.PairId);
        factory.Clock.Advance(TimeSpan.FromDays(7));
        await factory.RunAlertsAsync();

        Assert.DoesNotContain(afterThirtyDays, e => e.Kind == AlertKinds.FirstMeetingNotHeld);
        Assert.Single(await factory.RaisedAsync(pair.PairId), e => e.Kind == AlertKinds.FirstMeetingNotHeld);
    }
}
