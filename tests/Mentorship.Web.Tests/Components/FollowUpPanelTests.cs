using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Console;
using Mentorship.Web.Gateway;
using Mentorship.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Components;

public sealed class FollowUpPanelTests : WebTestContext
{
    private readonly Guid _pairId = Guid.NewGuid();

    public FollowUpPanelTests() : base(persona: "coordinator") => Services.AddScoped<MonitoringClient>();

    private string List => $"GET /api/pairs/{_pairId}/follow-up?page=1&pageSize={FollowUpPanel.PageSize}";

    private string Add => $"POST /api/pairs/{_pairId}/follow-up";

    private static string Entry(string kind, string text) => $$"""
        { "id": "{{Guid.NewGuid()}}", "pairId": "{{Guid.NewGuid()}}", "kind": "{{kind}}",
          "with": {{(kind == "contact" ? "\"both\"" : "null")}}, "channel": {{(kind == "contact" ? "\"phone\"" : "null")}},
          "heldOn": {{(kind == "contact" ? "\"2026-11-30\"" : "null")}}, "summary": {{(kind == "contact" ? $"\"{text}\"" : "null")}},
          "progress": {{(kind == "contact" ? "null" : $"\"{text}\"")}}, "nextActions": {{(kind == "contact" ? "[]" : "[\"Send the CV\"]")}},
          "dueOn": null, "writtenBy": "{{Guid.NewGuid()}}", "writtenAt": "2026-12-01T10:00:00Z" }
        """;

    private static string Page(int total, params string[] entries) =>
        $$"""{ "items": [ {{string.Join(",", entries)}} ], "page": 1, "pageSize": 20, "total": {{total}} }""";

    private JsonElement Sent(int index = -1)
    {
        var sent = Gateway.Requests.Where(r => r.Route == Add).ToList();
        return JsonDocument.Parse(sent[index < 0 ? sent.Count + index : index].Body!).RootElement;
    }

    [Fact]
    public void The_log_lists_contacts_and_meeting_notes_newest_first()
    {
        Gateway.Answer(List, HttpStatusCode.OK, Page(2, Entry("meeting-note", "Two applications sent"), Entry("contact", "Called both")));

        var panel = Render<FollowUpPanel>(p => p.Add(x => x.PairId, _pairId));

        panel.WaitForElement("ol.follow-up-entries");
        var entries = panel.FindAll("ol.follow-up-entries > li");
        Assert.Equal(["meeting-note", "contact"], entries.Select(e => e.GetAttribute("data-kind")));
        Assert.Contains("Send the CV", entries[0].TextContent);
        Assert.Contains("Called both", entries[1].TextContent);
    }

    [Fact]
    public void A_contact_is_added_with_its_side_channel_date_and_summary_and_the_log_reloads()
    {
        Gateway
            .AnswerInTurn(List, HttpStatusCode.OK, Page(0), Page(1, Entry("contact", "Called the mentor")))
            .Answer(Add, HttpStatusCode.Created, Entry("contact", "Called the mentor"));
        var panel = Render<FollowUpPanel>(p => p.Add(x => x.PairId, _pairId));
        panel.WaitForElement("#follow-up-summary");

        panel.Find("#follow-up-with").Change("mentor");
        panel.Find("#follow-up-channel").Change("mail");
        panel.Find("#follow-up-held-on").Change("2026-11-30");
        panel.Find("#follow-up-summary").Change("Called the mentor");
        panel.Find("form.follow-up-form").Submit();

        panel.WaitForAssertion(() => Assert.Contains("Called the mentor", panel.Find("ol.follow-up-entries").TextContent));
        var sent = Sent();
        Assert.Equal(("contact", "mentor", "mail", "2026-11-30"), (sent.GetProperty("kind").GetString(), sent.GetProperty("with").GetString(),
            sent.GetProperty("channel").GetString(), sent.GetProperty("heldOn").GetString()));
        Assert.NotEqual(Guid.Empty, sent.GetProperty("entryId").GetGuid());
    }

    [Fact]
    public void A_refused_meeting_note_shows_the_error_beside_its_field_and_a_retry_reuses_the_entry_id()
    {
        Gateway
            .Answer(List, HttpStatusCode.OK, Page(0))
            .Answer(Add, HttpStatusCode.BadRequest, Samples.ValidationProblem("nextActions", "nextActions has at most 10 items."));
        var panel = Render<FollowUpPanel>(p => p.Add(x => x.PairId, _pairId));
        panel.WaitForElement("#follow-up-kind");

        panel.Find("#follow-up-kind").Change("meeting-note");
        panel.Find("#follow-up-progress").Change("Interview next week");
        panel.Find("#follow-up-actions").Change("Prepare the interview\n\n Call the centre ");
        panel.Find("form.follow-up-form").Submit();
        panel.WaitForElement("#follow-up-actions-error");
        panel.Find("form.follow-up-form").Submit();

        panel.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count(r => r.Route == Add)));
        Assert.Contains("at most 10", panel.Find("#follow-up-actions-error").TextContent);
        Assert.Equal(["Prepare the interview", "Call the centre"], Sent().GetProperty("nextActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(Sent(0).GetProperty("entryId").GetGuid(), Sent(1).GetProperty("entryId").GetGuid());
    }

    [Fact]
    public void A_log_that_loads_after_a_refused_submit_leaves_the_error_beside_its_field()
    {
        var slowLoad = new TaskCompletionSource();
        Gateway
            .Answer(List, HttpStatusCode.OK, Page(1, Entry("contact", "Called both")))
            .Hold(List, slowLoad.Task)
            .Answer(Add, HttpStatusCode.BadRequest, Samples.ValidationProblem("summary", "summary is required."));
        var panel = Render<FollowUpPanel>(p => p.Add(x => x.PairId, _pairId));
        panel.WaitForElement("#follow-up-summary");

        panel.Find("form.follow-up-form").Submit();
        panel.WaitForElement("#follow-up-summary-error");
        slowLoad.SetResult();

        panel.WaitForElement("ol.follow-up-entries");
        Assert.Contains("required", panel.Find("#follow-up-summary-error").TextContent);
        Assert.Equal("true", panel.Find("#follow-up-summary").GetAttribute("aria-invalid"));
    }
}
