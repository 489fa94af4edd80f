using System.Net;
using System.Security.Claims;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Web.Gateway;
using Mentorship.Web.Session;
using Mentorship.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Components;

public sealed class ConcernsListTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();
    private readonly Guid _concernId = Guid.NewGuid();

    public ConcernsListTests() : base(persona: "coordinator") => Services.AddScoped<ConcernsClient>();

    private string List => $"GET /api/programmes/{_programmeId}/concerns?page=1&pageSize={ConcernsList.PageSize}";

    private IRenderedComponent<ConcernsList> OpenConcern()
    {
        Gateway
            .Answer(List, HttpStatusCode.OK, $$"""{ "items": [ {{MonitoringSamples.Concern(_concernId)}} ], "page": 1, "pageSize": 20, "total": 1 }""")
            .Answer($"GET /api/concerns/{_concernId}", HttpStatusCode.OK, MonitoringSamples.Concern(_concernId, steps: MonitoringSamples.ConcernSteps));
        var page = Render<ConcernsList>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement($"tr[data-concern='{_concernId}'] button").Click();
        page.WaitForElement("ol.audit");
        return page;
    }

    [Fact]
    public void An_opened_concern_shows_its_severity_text_and_audit_trail()
    {
        var page = OpenConcern();

        Assert.Contains("High", page.Find("#concern-heading").TextContent);
        Assert.Contains("We no longer agree", page.Find(".concern-text").TextContent);
        Assert.Equal(2, page.FindAll("ol.audit li").Count);
        Assert.Contains("No answer from the referent", page.Find("ol.audit").TextContent);
    }

    [Fact]
    public void Acknowledging_sends_the_note_and_shows_the_new_status_in_the_list()
    {
        Gateway.Answer($"POST /api/concerns/{_concernId}/acknowledge", HttpStatusCode.OK, MonitoringSamples.Concern(_concernId, status: "acknowledged"));
        var page = OpenConcern();
        Gateway
            .Answer(List, HttpStatusCode.OK, $$"""{ "items": [ {{MonitoringSamples.Concern(_concernId, status: "acknowledged")}} ], "page": 1, "pageSize": 20, "total": 1 }""")
            .Answer($"GET /api/concerns/{_concernId}", HttpStatusCode.OK,
                MonitoringSamples.Concern(_concernId, status: "acknowledged", steps: MonitoringSamples.ConcernSteps));

        page.Find("#concern-note").Change("Called the mentee");
        page.Find("button[data-step=acknowledge]").Click();

        page.WaitForAssertion(() => Assert.Contains("Acknowledged", page.Find($"tr[data-concern='{_concernId}']").TextContent));
        var step = Gateway.Requests.Single(r => r.Route == $"POST /api/concerns/{_concernId}/acknowledge");
        Assert.Contains("\"note\":\"Called the mentee\"", step.Body);
        Assert.Contains("Acknowledged", page.Find(".concern-status").TextContent);
    }

    [Fact]
    public void A_refused_note_is_shown_beside_it_and_a_refused_step_above()
    {
        Gateway
            .Answer($"POST /api/concerns/{_concernId}/resolve", HttpStatusCode.BadRequest, Samples.ValidationProblem("note", "note must be at most 2000 characters."))
            .Answer($"POST /api/concerns/{_concernId}/start", HttpStatusCode.Conflict,
                Samples.Conflict("A concern is put in progress once acknowledged, and not after it is resolved."));
        var page = OpenConcern();

        page.Find("button[data-step=resolve]").Click();
        page.WaitForAssertion(() => Assert.Contains("at most 2000", page.Find("#concern-note-error").TextContent));
        Assert.Equal("true", page.Find("#concern-note").GetAttribute("aria-invalid"));
        page.Find("button[data-step=start]").Click();

        page.WaitForAssertion(() => Assert.Contains("once acknowledged", page.Find(".concern [role=alert]").TextContent));
        Assert.Empty(page.FindAll("#concern-note-error"));
        Assert.False(page.Find("button[data-step=start]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_coordinator_who_is_no_contact_is_told_why_and_which_id_the_policy_needs()
    {
        var personId = Guid.NewGuid();
        Authorization.SetClaims(new Claim(SessionClaims.AccessToken, Token), new Claim(PlatformClaims.Subject, personId.ToString()));
        Gateway.Answer(List, HttpStatusCode.Forbidden, """{ "title": "Forbidden", "status": 403, "detail": "Concerns are confidential." }""");

        var page = Render<ConcernsList>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForAssertion(() => Assert.Contains("Concerns are confidential.", page.Find("[role=alert]").TextContent));
        Assert.Contains(personId.ToString(), page.Find("[data-person-id]").TextContent);
    }

    [Fact]
    public void The_steps_wait_while_the_concern_is_read_again_after_one_so_the_next_is_judged_on_the_new_status()
    {
        Gateway.Answer($"POST /api/concerns/{_concernId}/acknowledge", HttpStatusCode.OK, MonitoringSamples.Concern(_concernId, status: "acknowledged"));
        var page = OpenConcern();
        var reread = new TaskCompletionSource();
        Gateway
            .Answer($"GET /api/concerns/{_concernId}", HttpStatusCode.OK,
                MonitoringSamples.Concern(_concernId, status: "acknowledged", steps: MonitoringSamples.ConcernSteps))
            .Hold($"GET /api/concerns/{_concernId}", reread.Task);

        page.Find("button[data-step=acknowledge]").Click();
        page.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count(r => r.Route == $"GET /api/concerns/{_concernId}")));

        Assert.All(page.FindAll("button[data-step]"), button => Assert.True(button.HasAttribute("disabled")));
        reread.SetResult();
        page.WaitForAssertion(() => Assert.Contains("Acknowledged", page.Find(".concern-status").TextContent));
        Assert.All(page.FindAll("button[data-step]"), button => Assert.False(button.HasAttribute("disabled")));
    }
}
