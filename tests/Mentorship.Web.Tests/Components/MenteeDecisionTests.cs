using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

/// <summary>The mentee's confirmation step on the pair page, in programmes where both sides volunteer.</summary>
public sealed class MenteeDecisionTests : WebTestContext
{
    private readonly Guid _pairId = Guid.NewGuid();
    private readonly Guid _partnerId = Guid.NewGuid();

    private string Route => $"POST /api/pairs/{_pairId}/mentee-decision";

    private string AsMentee(string status) => PairSamples.Pair(_pairId, PersonId, _partnerId, status);

    private IRenderedComponent<PairPage> Open(string pair)
    {
        Gateway
            .Answer($"GET /api/pairs/{_pairId}", HttpStatusCode.OK, pair)
            .Answer($"GET /api/pairs/{_pairId}/partner", HttpStatusCode.OK, PairSamples.Partner(_pairId, "mentor", withContact: true));
        return Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
    }

    private JsonElement Sent() => JsonDocument.Parse(Gateway.Requests.Last(r => r.Route == Route).Body!).RootElement;

    [Fact]
    public void The_mentee_confirms_and_the_page_moves_to_the_first_meeting()
    {
        Gateway.Answer(Route, HttpStatusCode.OK, AsMentee("introduced"));
        var page = Open(AsMentee("awaiting-mentee"));
        page.WaitForElement("#mentee-decision-heading");

        Assert.Contains("confirmation awaited", page.Find(".pair-status").TextContent);
        Assert.Equal("step", page.Find(".pair-steps li:first-child").GetAttribute("aria-current"));
        page.Find("#mentee-decision-heading ~ .decision button.primary").Click();

        page.WaitForElement("#first-meeting-heading");
        Assert.True(Sent().GetProperty("accept").GetBoolean());
        Assert.Empty(page.FindAll("#mentee-decision-heading"));
    }

    [Fact]
    public void The_mentee_declines_with_a_reason_and_a_refusal_is_shown_beside_it()
    {
        Gateway.Answer(Route, HttpStatusCode.BadRequest, Samples.ValidationProblem("reason", "The reason must be at most 1000 characters long."));
        var page = Open(AsMentee("awaiting-mentee"));
        page.WaitForElement("#mentee-decision-reason");

        page.Find("#mentee-decision-reason").Change("Our fields are too far apart");
        page.Find("#mentee-decision-heading ~ .decision button.danger").Click();

        page.WaitForElement("#mentee-decision-reason-error");
        Assert.Equal("true", page.Find("#mentee-decision-reason").GetAttribute("aria-invalid"));
        Assert.False(Sent().GetProperty("accept").GetBoolean());
        Assert.Equal("Our fields are too far apart", Sent().GetProperty("reason").GetString());
    }

    [Fact]
    public void The_mentor_of_a_pair_awaiting_the_mentee_is_told_so_without_a_form()
    {
        var page = Open(PairSamples.Pair(_pairId, _partnerId, PersonId, "awaiting-mentee"));

        page.WaitForElement(".pair-status");
        page.WaitForAssertion(() => Assert.Contains("mentee is asked to confirm", page.Markup));
        Assert.Empty(page.FindAll("#mentee-decision-heading"));
        Assert.Empty(page.FindAll("#decision-heading"));
    }
}
