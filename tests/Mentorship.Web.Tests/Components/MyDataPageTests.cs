using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class MyDataPageTests : WebTestContext
{
    private readonly Guid _approved = Guid.NewGuid();
    private readonly Guid _withdrawn = Guid.NewGuid();

    public MyDataPageTests()
    {
        Gateway.Answer("GET /api/me/applications?page=1&pageSize=20", HttpStatusCode.OK, $$"""
            { "items": [ {{Mine(_approved, "approved", research: false)}}, {{Mine(_withdrawn, "withdrawn", research: true)}} ],
              "page": 1, "pageSize": 20, "total": 2 }
            """);
    }

    [Fact]
    public void A_changed_choice_is_saved_against_the_current_notice_and_a_closed_application_takes_none()
    {
        Gateway.Answer($"PUT /api/applications/{_approved}/consent", HttpStatusCode.OK, Samples.Application(_approved, Guid.NewGuid(), "approved"));
        var page = Render<MyData>();
        page.WaitForElement($"#research-{_approved}");

        Assert.True(page.Find($"#research-{_withdrawn}").HasAttribute("disabled"));
        Assert.Empty(page.FindAll($"fieldset[data-application='{_withdrawn}'] button"));
        Assert.True(page.Find($"fieldset[data-application='{_approved}'] button").HasAttribute("disabled"));

        page.Find($"#research-{_approved}").Change(true);
        page.Find($"fieldset[data-application='{_approved}'] button").Click();

        page.WaitForElement($"fieldset[data-application='{_approved}'] [role=status]");
        var sent = JsonDocument.Parse(Gateway.Requests.Single(r => r.Route.StartsWith("PUT", StringComparison.Ordinal)).Body!).RootElement;
        Assert.Equal(("2026-12", true, true), (sent.GetProperty("noticeVersion").GetString(), sent.GetProperty("contactSharing").GetBoolean(), sent.GetProperty("research").GetBoolean()));
    }

    [Fact]
    public void Erasing_asks_for_confirmation_first_and_then_shows_each_service_s_part()
    {
        Gateway.Answer($"DELETE /api/people/{PersonId}", HttpStatusCode.Accepted, $$"""
            { "erasureId": "{{Guid.NewGuid()}}", "status": "pending", "requestedAt": "2026-12-01T20:00:00Z",
              "services": [ { "service": "enrollment", "status": "completed", "erasedAt": "2026-12-01T20:00:01Z" }, { "service": "pairing", "status": "pending" } ] }
            """);
        var page = Render<MyData>();
        page.WaitForElement("#erase-confirm");

        Assert.True(page.Find("button.danger").HasAttribute("disabled"));
        page.Find("#erase-confirm").Change(true);
        page.Find("button.danger").Click();

        page.WaitForElement("li[data-service=pairing]");
        Assert.Contains("erased", page.Find("li[data-service=enrollment]").TextContent);
        Assert.Contains("waiting", page.Find("li[data-service=pairing]").TextContent);
        Assert.Single(Gateway.Requests, r => r.Route == $"DELETE /api/people/{PersonId}");
        Assert.Equal("downloads/me/export", page.Find("a[download]").GetAttribute("href"));
    }

    private static string Mine(Guid id, string status, bool research) => $$"""
        { "id": "{{id}}", "programmeId": "{{Guid.NewGuid()}}", "programmeName": "MentorYou Brussels", "role": "mentee", "status": "{{status}}",
          "submittedAt": "2026-12-01T10:00:00Z",
          "consent": { "noticeVersion": "2026-12", "contactSharing": true, "research": {{(research ? "true" : "false")}}, "recordedAt": "2026-12-01T10:00:00Z", "currentNoticeVersion": "2026-12" } }
        """;
}
