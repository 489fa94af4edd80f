using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Console;
using Mentorship.Web.Gateway;
using Mentorship.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Components;

public sealed class ClosingInterviewFormTests : WebTestContext
{
    private readonly Guid _pairId = Guid.NewGuid();

    public ClosingInterviewFormTests() : base(persona: "coordinator") => Services.AddScoped<MonitoringClient>();

    private string Pair => $"GET /api/pairs/{_pairId}";

    private string Record(string side) => $"PUT /api/pairs/{_pairId}/closing-interview/{side}";

    private static string View(params string[] interviews) =>
        $$"""{ "status": "closed", "closingInterviews": [ {{string.Join(",", interviews)}} ] }""";

    private static string Interview(string side, int satisfaction, string goals, bool recommends, string? worked = null) => $$"""
        { "side": "{{side}}", "heldOn": "2026-11-30", "satisfaction": {{satisfaction}}, "goalsReached": "{{goals}}",
          "whatWorked": {{(worked is null ? "null" : $"\"{worked}\"")}}, "whatToImprove": null, "wouldRecommend": {{(recommends ? "true" : "false")}},
          "recordedBy": "{{Guid.NewGuid()}}", "recordedAt": "2026-11-30T10:00:00Z" }
        """;

    [Fact]
    public void The_interviews_held_are_listed_with_their_answers()
    {
        Gateway.Answer(Pair, HttpStatusCode.OK, View(Interview("mentee", 4, "mostly", true, "Her network.")));

        var form = Render<ClosingInterviewForm>(p => p.Add(x => x.PairId, _pairId));

        form.WaitForElement("dl.interviews");
        var mentee = form.Find("[data-side=mentee]").TextContent;
        Assert.Contains("4/5", mentee);
        Assert.Contains("Goals mostly reached", mentee);
        Assert.Contains("would recommend the programme", mentee);
        Assert.Contains("Her network.", mentee);
        Assert.Empty(form.FindAll("[data-side=mentor]"));
    }

    [Fact]
    public void An_interview_is_recorded_for_the_chosen_side_with_its_answers_and_the_list_shows_it()
    {
        Gateway
            .Answer(Pair, HttpStatusCode.OK, View())
            .Answer(Record("mentor"), HttpStatusCode.OK, View(Interview("mentor", 5, "fully", false)));
        var form = Render<ClosingInterviewForm>(p => p.Add(x => x.PairId, _pairId));
        form.WaitForElement("form.interview-form");
        Assert.Contains("No closing interview", form.Markup);

        form.Find("#interview-side").Change("mentor");
        form.Find("#interview-held-on").Change("2026-11-30");
        form.Find("#interview-satisfaction").Change("5");
        form.Find("#interview-goals").Change("fully");
        form.Find("#interview-recommend").Change("false");
        form.Find("#interview-worked").Change("Regular meetings.");
        form.Find("form.interview-form").Submit();

        form.WaitForElement("[data-side=mentor]");
        var sent = JsonDocument.Parse(Gateway.Requests.Single(r => r.Route == Record("mentor")).Body!).RootElement;
        Assert.Equal(("2026-11-30", 5, "fully", false, "Regular meetings."), (sent.GetProperty("heldOn").GetString(), sent.GetProperty("satisfaction").GetInt32(),
            sent.GetProperty("goalsReached").GetString(), sent.GetProperty("wouldRecommend").GetBoolean(), sent.GetProperty("whatWorked").GetString()));
        Assert.NotNull(form.Find("[role=status]"));
    }

    [Fact]
    public void Unanswered_choices_are_sent_as_missing_and_the_service_s_errors_show_beside_them()
    {
        Gateway
            .Answer(Pair, HttpStatusCode.OK, View())
            .Answer(Record("mentee"), HttpStatusCode.BadRequest, Samples.ValidationProblem("satisfaction", "'Satisfaction' must not be empty."));
        var form = Render<ClosingInterviewForm>(p => p.Add(x => x.PairId, _pairId));
        form.WaitForElement("form.interview-form");

        form.Find("form.interview-form").Submit();

        form.WaitForElement("#interview-satisfaction-error");
        var sent = JsonDocument.Parse(Gateway.Requests.Single(r => r.Route == Record("mentee")).Body!).RootElement;
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("satisfaction").ValueKind);
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("wouldRecommend").ValueKind);
        Assert.Equal("true", form.Find("#interview-satisfaction").GetAttribute("aria-invalid"));
        Assert.Empty(form.FindAll("[role=status]"));
    }
}
