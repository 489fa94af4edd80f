using System.Net;
using Bunit;
using Mentorship.Web.Components.Matching;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components.Matching;

public sealed class AppreciationFormTests() : WebTestContext(persona: "coordinator")
{
    private readonly Guid _programmeId = Guid.NewGuid();
    private readonly Guid _menteeId = Guid.NewGuid();
    private readonly Guid _mentorId = Guid.NewGuid();

    [Fact]
    public void The_service_s_errors_show_beside_the_fields_they_name_and_the_choices_stay()
    {
        Gateway.Answer($"POST /api/programmes/{_programmeId}/matching/appreciations", HttpStatusCode.BadRequest, """
            { "title": "One or more validation errors occurred.", "status": 400,
              "errors": { "mentorId": [ "'Mentor Id' must not be empty." ], "reason": [ "reason is required (3 to 500 characters): appreciations are audited." ] } }
            """);
        var form = RenderForm();

        form.Find("#appreciation-mentee").Change(_menteeId.ToString());
        form.Find("#appreciation-kind").Change("malus");
        form.Find("#appreciation-value").Change("15");
        form.Find("form").Submit();

        form.WaitForElement("#appreciation-reason-error");
        Assert.Contains("must not be empty", form.Find("#appreciation-mentor-error").TextContent);
        Assert.Equal("true", form.Find("#appreciation-mentor").GetAttribute("aria-invalid"));
        Assert.Equal("appreciation-reason-error", form.Find("#appreciation-reason").GetAttribute("aria-describedby"));
        Assert.Empty(form.FindAll("#appreciation-mentee-error"));
        Assert.Equal(_menteeId.ToString(), form.Find("#appreciation-mentee").GetAttribute("value"));
        var body = Gateway.Requests.Single().Body!;
        Assert.Contains($"\"menteeId\":\"{_menteeId}\"", body);
        Assert.Contains("\"kind\":\"malus\",\"value\":15", body);
    }

    [Fact]
    public void A_pin_is_sent_without_points_and_the_form_empties_once_recorded()
    {
        var recorded = 0;
        Gateway.Answer($"POST /api/programmes/{_programmeId}/matching/appreciations", HttpStatusCode.Created, $$"""
            { "id": "{{Guid.NewGuid()}}", "menteeId": "{{_menteeId}}", "mentorId": "{{_mentorId}}", "kind": "pin", "value": 0, "reason": "Same village",
              "createdAt": "2026-12-01T10:00:00Z", "inForce": true, "endedAt": null, "endReason": null }
            """);
        var form = RenderForm(() => recorded++);

        form.Find("#appreciation-mentee").Change(_menteeId.ToString());
        form.Find("#appreciation-mentor").Change(_mentorId.ToString());
        form.Find("#appreciation-kind").Change("pin");
        Assert.Empty(form.FindAll("#appreciation-value"));
        form.Find("#appreciation-reason").Change("Same village");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal(1, recorded));
        Assert.Contains("\"kind\":\"pin\",\"value\":null", Gateway.Requests.Single().Body);
        Assert.Equal("", form.Find("#appreciation-reason").GetAttribute("value"));
    }

    private IRenderedComponent<AppreciationForm> RenderForm(Action? recorded = null)
    {
        var directory = TestDirectory.Load(this, _programmeId, _menteeId, _mentorId);
        return Render<AppreciationForm>(p => p
            .Add(x => x.ProgrammeId, _programmeId)
            .Add(x => x.Directory, directory)
            .Add(x => x.Recorded, recorded ?? (() => { })));
    }
}
