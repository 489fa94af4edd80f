using System.Net;
using Bunit;
using Mentorship.Web.Components.Console;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class NewProgrammeFormTests() : WebTestContext(persona: "programme-admin")
{
    private const string Templates = "GET /api/programme-templates";

    [Fact]
    public void The_form_is_sent_only_once_the_templates_are_in_so_their_load_cannot_wipe_a_refusal()
    {
        var templates = new TaskCompletionSource();
        Gateway
            .Answer(Templates, HttpStatusCode.OK, """[ { "id": "mentoryou", "name": "MentorYou", "organiser": "MentorYou asbl" } ]""")
            .Hold(Templates, templates.Task)
            .Answer("POST /api/programmes", HttpStatusCode.BadRequest, Samples.ValidationProblem("name", "name is required."));
        var form = Render<NewProgrammeForm>();
        form.WaitForElement("button[type=submit]");
        Assert.True(form.Find("button[type=submit]").HasAttribute("disabled"));

        templates.SetResult();
        form.WaitForAssertion(() => Assert.False(form.Find("button[type=submit]").HasAttribute("disabled")));
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("required", form.Find("#programmeName-error").TextContent));
        Assert.Single(Gateway.Requests, r => r.Route == "POST /api/programmes");
    }

    [Fact]
    public void Templates_that_do_not_load_are_said_and_the_form_stays_unsendable()
    {
        Gateway.Fail(Templates);

        var form = Render<NewProgrammeForm>();

        form.WaitForElement("[role=alert]");
        Assert.True(form.Find("button[type=submit]").HasAttribute("disabled"));
    }
}
