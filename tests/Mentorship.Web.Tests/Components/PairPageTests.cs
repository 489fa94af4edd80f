using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class PairPageTests : WebTestContext
{
    private readonly Guid _pairId = Guid.NewGuid();
    private readonly Guid _partnerId = Guid.NewGuid();

    private string PairRoute => $"GET /api/pairs/{_pairId}";

    private string PartnerRoute => $"GET /api/pairs/{_pairId}/partner";

    private string AsMentor(string status, string meetings = "[]", string goals = "[]", string? planUpdatedAt = null) =>
        PairSamples.Pair(_pairId, _partnerId, PersonId, status, meetings: meetings, goals: goals, planUpdatedAt: planUpdatedAt);

    private string AsMentee(string status, string? menteeSignedAt = null) =>
        PairSamples.Pair(_pairId, PersonId, _partnerId, status, menteeSignedAt);

    /// <summary>The pair as the service shows it, and its partner's profile.</summary>
    private StubGateway AnswerPair(string pair, string partnerRole, bool withContact) => Gateway
        .Answer(PairRoute, HttpStatusCode.OK, pair)
        .Answer(PartnerRoute, HttpStatusCode.OK, PairSamples.Partner(_pairId, partnerRole, withContact));

    private JsonElement Sent(string route) =>
        JsonDocument.Parse(Gateway.Requests.Last(r => r.Route == route).Body!).RootElement;

    [Fact]
    public void The_mentor_sees_the_proposed_mentee_and_accepts_and_the_page_moves_to_the_first_meeting()
    {
        AnswerPair(AsMentor("proposed"), "mentee", withContact: false)
            .Answer($"POST /api/pairs/{_pairId}/mentor-decision", HttpStatusCode.OK, AsMentor("introduced"));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement(".partner-name");

        Assert.Contains("Amina Diallo", page.Find(".partner-name").TextContent);
        Assert.Contains("Logistics", page.Find(".profile").TextContent);
        Assert.Contains("appear once the mentor accepts", page.Find(".partner").TextContent);
        Assert.Equal("step", page.Find(".pair-steps li.current").GetAttribute("aria-current"));
        page.Find("#decision-heading ~ .decision button.primary").Click();

        page.WaitForElement("#first-meeting-heading");
        var sent = Sent($"POST /api/pairs/{_pairId}/mentor-decision");
        Assert.True(sent.GetProperty("accept").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("reason").ValueKind);
        Assert.Empty(page.FindAll("#decision-heading"));
    }

    [Fact]
    public void A_decline_reason_the_service_refuses_is_shown_beside_the_reason_and_kept()
    {
        AnswerPair(AsMentor("proposed"), "mentee", withContact: false)
            .Answer($"POST /api/pairs/{_pairId}/mentor-decision", HttpStatusCode.BadRequest,
                Samples.ValidationProblem("reason", "The reason must be at most 1000 characters long."));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("#decision-reason");

        page.Find("#decision-reason").Change("Too far from my office");
        page.Find("button.danger").Click();

        page.WaitForElement("#decision-reason-error");
        Assert.Contains("at most 1000", page.Find("#decision-reason-error").TextContent);
        Assert.Equal("true", page.Find("#decision-reason").GetAttribute("aria-invalid"));
        Assert.Contains("decision-reason-error", page.Find("#decision-reason").GetAttribute("aria-describedby"));
        Assert.Equal("Too far from my office", page.Find("#decision-reason").GetAttribute("value"));
        var sent = Sent($"POST /api/pairs/{_pairId}/mentor-decision");
        Assert.False(sent.GetProperty("accept").GetBoolean());
        Assert.Equal("Too far from my office", sent.GetProperty("reason").GetString());
    }

    [Fact]
    public void A_mentee_whose_mentor_has_not_accepted_is_told_the_profile_comes_later_without_an_error()
    {
        Gateway.Answer(PairRoute, HttpStatusCode.OK, AsMentee("proposed"));

        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));

        page.WaitForElement(".partner-hidden");
        Assert.Contains("shown once the mentor accepts", page.Find(".partner-hidden").TextContent);
        Assert.Empty(page.FindAll("[role=alert]"));
        Assert.Empty(page.FindAll("#decision-heading"));
        Assert.Empty(page.FindAll(".conversation"));
    }

    [Fact]
    public void The_first_meeting_is_recorded_with_its_date_fit_and_notes()
    {
        AnswerPair(AsMentee("introduced"), "mentor", withContact: true)
            .Answer($"POST /api/pairs/{_pairId}/first-meeting", HttpStatusCode.OK, AsMentee("contracting"));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("#held-on");
        Assert.Equal("mailto:amina@example.org", page.Find(".contact a").GetAttribute("href"));

        page.Find("#held-on").Change("2026-11-28");
        page.Find("#fit-yes").Change(true);
        page.Find("#first-meeting-notes").Change("Good first talk");
        page.Find("form.first-meeting-form").Submit();

        page.WaitForElement("#contract-heading");
        var sent = Sent($"POST /api/pairs/{_pairId}/first-meeting");
        Assert.Equal("2026-11-28", sent.GetProperty("heldOn").GetString());
        Assert.True(sent.GetProperty("fit").GetBoolean());
        Assert.Equal("Good first talk", sent.GetProperty("notes").GetString());
    }

    [Fact]
    public void The_contract_shows_who_signed_and_a_refused_signature_keeps_the_button()
    {
        AnswerPair(AsMentor("contracting").Replace("\"menteeSignedAt\": null", "\"menteeSignedAt\": \"2026-11-30T10:00:00Z\""), "mentee", withContact: true)
            .Answer($"POST /api/pairs/{_pairId}/contract/sign", HttpStatusCode.Conflict, Samples.Conflict("The pair is not awaiting signatures."));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("#contract-heading");

        Assert.Contains("signed on", page.Find("[data-side=mentee]").TextContent);
        Assert.Contains("not signed yet", page.Find("[data-side=mentor]").TextContent);
        page.Find("#contract-heading ~ button.primary").Click();

        page.WaitForAssertion(() => Assert.Contains("not awaiting signatures", page.Find("[role=alert]").TextContent));
        Assert.False(page.Find("#contract-heading ~ button.primary").HasAttribute("disabled"));
        Assert.Equal("{}", Gateway.Requests.Last(r => r.Route == $"POST /api/pairs/{_pairId}/contract/sign").Body);
    }

    [Fact]
    public void An_active_pair_saves_its_goals_with_errors_beside_the_goal_they_name()
    {
        var goalId = Guid.NewGuid();
        var goals = $$"""[ { "id": "{{goalId}}", "title": "Update my CV", "description": null, "dueOn": "2026-12-15", "status": "in-progress", "createdAt": "2026-11-30T10:00:00Z", "completedAt": null } ]""";
        AnswerPair(AsMentor("active", goals: goals), "mentee", withContact: true)
            .Answer($"PUT /api/pairs/{_pairId}/action-plan", HttpStatusCode.BadRequest, Samples.ValidationProblem("goals[1].title", "'Title' must not be empty."));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("#goal-0-title");
        Assert.Equal("Update my CV", page.Find("#goal-0-title").GetAttribute("value"));

        page.Find("#plan-heading ~ form .decision button[type=button]").Click();
        page.Find("form.action-plan").Submit();

        page.WaitForElement("#goal-1-title-error");
        Assert.Equal("true", page.Find("#goal-1-title").GetAttribute("aria-invalid"));
        Assert.Null(page.Find("#goal-0-title").GetAttribute("aria-invalid"));
        var sent = Sent($"PUT /api/pairs/{_pairId}/action-plan").GetProperty("goals");
        Assert.Equal(2, sent.GetArrayLength());
        Assert.Equal(goalId, sent[0].GetProperty("id").GetGuid());
        Assert.Equal("in-progress", sent[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, sent[1].GetProperty("id").ValueKind);
    }

    [Fact]
    public void A_saved_plan_says_when_it_was_saved_and_an_unsaved_one_says_nothing()
    {
        var goals = """[ { "id": "5d0e8c1e-1111-4c7e-9d55-6f0f9b1b2a01", "title": "Update my CV", "description": null, "dueOn": null, "status": "open", "createdAt": "2026-12-02T09:00:00Z", "completedAt": null } ]""";
        AnswerPair(AsMentor("active"), "mentee", withContact: true)
            .Answer($"PUT /api/pairs/{_pairId}/action-plan", HttpStatusCode.OK, AsMentor("active", goals: goals, planUpdatedAt: "2026-12-02T09:00:00Z"));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("form.action-plan");
        Assert.Empty(page.FindAll("form.action-plan .saved"));

        page.Find("#plan-heading ~ form .decision button[type=button]").Click();
        page.Find("#goal-0-title").Change("Update my CV");
        page.Find("form.action-plan").Submit();

        page.WaitForElement("form.action-plan .saved");
        Assert.StartsWith("Saved on 12/2/2026", page.Find("form.action-plan .saved").TextContent);
        Assert.Equal("Update my CV", page.Find("#goal-0-title").GetAttribute("value"));
    }

    [Fact]
    public void A_meeting_is_logged_with_its_dimensions_and_the_list_reloaded()
    {
        var meeting = """[ { "id": "0b7c1a52-6a55-4b8f-9d0a-1f1d3c6f1a11", "date": "2026-11-29", "durationMinutes": 90, "dimensions": ["professional"], "place": "Office", "loggedAt": "2026-11-29T18:00:00Z" } ]""";
        AnswerPair(AsMentor("active"), "mentee", withContact: true)
            .Answer($"POST /api/pairs/{_pairId}/meetings", HttpStatusCode.Created,
                """{ "id": "0b7c1a52-6a55-4b8f-9d0a-1f1d3c6f1a11", "date": "2026-11-29", "durationMinutes": 90, "dimensions": ["professional"], "place": "Office", "loggedAt": "2026-11-29T18:00:00Z" }""");
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("#meeting-date");
        Assert.Contains("No meeting logged yet", page.Find("#meetings-heading").ParentElement!.TextContent);

        page.Find("#meeting-date").Change("2026-11-29");
        page.Find("#meeting-minutes").Change("90");
        page.Find("#meeting-place").Change("Office");
        page.Find("#dimension-professional").Change(true);
        Gateway.Answer(PairRoute, HttpStatusCode.OK, AsMentor("active", meetings: meeting));
        page.Find("form.meeting-form").Submit();

        page.WaitForElement("table.meetings");
        Assert.Contains("Office", page.Find("table.meetings").TextContent);
        var sent = Sent($"POST /api/pairs/{_pairId}/meetings");
        Assert.Equal("2026-11-29", sent.GetProperty("date").GetString());
        Assert.Equal(90, sent.GetProperty("durationMinutes").GetInt32());
        Assert.Equal(["professional"], sent.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void A_meeting_the_service_refuses_shows_the_message_beside_the_field()
    {
        Gateway
            .Answer(PairRoute, HttpStatusCode.OK, AsMentor("active"))
            .Answer($"POST /api/pairs/{_pairId}/meetings", HttpStatusCode.BadRequest,
                Samples.ValidationProblem("dimensions", "dimensions must name at least one of: professional, personal, academic."));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("form.meeting-form");

        page.Find("form.meeting-form").Submit();

        page.WaitForElement("#meeting-dimensions-error");
        Assert.Contains("at least one", page.Find("#meeting-dimensions-error").TextContent);
        // Said beside the field, not repeated in the form's alert.
        Assert.Single(page.FindAll(".problem p, .field-error p"), p => p.TextContent.Contains("at least one", StringComparison.Ordinal));
    }

    [Fact]
    public void An_active_pair_is_closed_with_its_outcome_and_a_missing_outcome_is_said_beside_it()
    {
        AnswerPair(AsMentor("active"), "mentee", withContact: true)
            .Answer($"POST /api/pairs/{_pairId}/close", HttpStatusCode.BadRequest, Samples.ValidationProblem("outcome", "outcome must be one of: job, internship."));
        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));
        page.WaitForElement("form.close-form");

        page.Find("form.close-form").Submit();

        page.WaitForElement("#close-outcome-error");
        Assert.Equal("true", page.Find("#close-outcome").GetAttribute("aria-invalid"));
        Assert.Equal(JsonValueKind.Null, Sent($"POST /api/pairs/{_pairId}/close").GetProperty("outcome").ValueKind);

        Gateway.Answer($"POST /api/pairs/{_pairId}/close", HttpStatusCode.OK,
            AsMentor("closed").Replace("\"closure\": null", "\"closure\": { \"outcome\": \"job\", \"closedAt\": \"2026-12-01T10:00:00Z\", \"notes\": null }"));
        page.Find("#close-outcome").Change("job");
        page.Find("form.close-form").Submit();

        page.WaitForElement("#closure-heading");
        Assert.Contains("a job", page.Find("#closure-heading").ParentElement!.TextContent);
        Assert.Equal("job", Sent($"POST /api/pairs/{_pairId}/close").GetProperty("outcome").GetString());
        Assert.Empty(page.FindAll("form.meeting-form"));
    }

    [Fact]
    public void A_pair_the_person_may_not_see_is_said_as_the_service_says_it()
    {
        Gateway.Answer(PairRoute, HttpStatusCode.Forbidden, """{ "title": "Forbidden", "status": 403, "detail": "A pair is shown to its members." }""");

        var page = Render<PairPage>(p => p.Add(x => x.PairId, _pairId));

        page.WaitForElement("[role=alert]");
        Assert.Contains("A pair is shown to its members.", page.Find("[role=alert]").TextContent);
        Assert.Empty(page.FindAll(".loading"));
    }
}
