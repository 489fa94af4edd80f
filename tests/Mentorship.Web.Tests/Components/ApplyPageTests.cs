using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class ApplyPageTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();

    public ApplyPageTests() => Gateway.Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK, Samples.Programme(_programmeId));

    [Fact]
    public void Each_answer_the_rules_read_is_asked_once_with_an_input_for_its_kind()
    {
        var page = Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("#answer-workPermit");
        Assert.Equal("checkbox", page.Find("#answer-workPermit").GetAttribute("type"));
        Assert.Equal("SELECT", page.Find("#answer-frenchLevel").TagName);
        Assert.Equal("number", page.Find("#answer-thesisYear").GetAttribute("type"));
        Assert.Equal(3, page.FindAll("[id^=answer-]").Count(e => !e.Id!.EndsWith("-error", StringComparison.Ordinal)));
        // The age rule reads the birth date: the form says so beside it.
        Assert.Equal("birthDate-hint", page.Find("#birthDate").GetAttribute("aria-describedby"));
        Assert.Contains("MentorYou Brussels", page.Find(".brand-banner").TextContent);
    }

    [Fact]
    public void The_application_is_sent_with_the_answers_typed_as_the_rules_read_them_and_its_verdicts_shown()
    {
        var applicationId = Guid.NewGuid();
        Gateway.Answer($"POST /api/programmes/{_programmeId}/applications", HttpStatusCode.Created, Samples.Application(applicationId, _programmeId));
        var page = Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement("#answer-workPermit");

        page.Find("#firstName").Change("Amina");
        page.Find("#email").Change("amina@example.org");
        page.Find("#sectors").Change("Health care, IT");
        page.Find("#answer-workPermit").Change(true);
        page.Find("#answer-frenchLevel").Change("B2");
        page.Find("#answer-thesisYear").Change("2023");
        page.Find("#consent-research").Change(true);
        page.Find("form").Submit();

        page.WaitForElement("#result-heading");
        var sent = JsonDocument.Parse(Gateway.Requests.Single(r => r.Route.StartsWith("POST", StringComparison.Ordinal)).Body!).RootElement;
        Assert.Equal("mentee", sent.GetProperty("role").GetString());
        Assert.Equal("amina@example.org", sent.GetProperty("person").GetProperty("email").GetString());
        Assert.Equal(["health-care", "it"], sent.GetProperty("profile").GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        var answers = sent.GetProperty("answers");
        Assert.True(answers.GetProperty("workPermit").GetBoolean());
        Assert.Equal("B2", answers.GetProperty("frenchLevel").GetString());
        Assert.Equal(2023, answers.GetProperty("thesisYear").GetInt32());
        var consent = sent.GetProperty("consent");
        Assert.Equal(("2026-12", false, true), (consent.GetProperty("noticeVersion").GetString(), consent.GetProperty("contactSharing").GetBoolean(), consent.GetProperty("research").GetBoolean()));
        Assert.Contains("Has a work permit", page.Find(".verdicts").TextContent);
    }

    [Fact]
    public void A_field_the_service_refuses_shows_its_message_beside_it_and_is_marked_invalid()
    {
        Gateway.Answer($"POST /api/programmes/{_programmeId}/applications", HttpStatusCode.BadRequest,
            Samples.ValidationProblem("person.email", "'Email' is not a valid email address."));
        var page = Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement("#email");

        page.Find("#email").Change("not-an-address");
        page.Find("form").Submit();

        page.WaitForElement("#email-error");
        Assert.Contains("not a valid email address", page.Find("#email-error").TextContent);
        Assert.Equal("true", page.Find("#email").GetAttribute("aria-invalid"));
        Assert.Equal("email-error", page.Find("#email").GetAttribute("aria-describedby"));
        // Said once: beside the field, not again in the summary.
        Assert.DoesNotContain("not a valid email address", page.Find("[role=alert]").TextContent);
        Assert.Null(page.Find("#firstName").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void An_unreachable_gateway_leaves_the_form_filled_in_with_an_alert()
    {
        Gateway.Fail($"POST /api/programmes/{_programmeId}/applications");
        var page = Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement("#firstName");

        page.Find("#firstName").Change("Amina");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("did not answer", page.Find("[role=alert]").TextContent));
        Assert.Equal("Amina", page.Find("#firstName").GetAttribute("value"));
        Assert.False(page.Find("button[type=submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void Calls_carry_the_session_token_and_the_page_language()
    {
        Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId)).WaitForElement("#firstName");

        var request = Gateway.Requests.Single();
        Assert.Equal($"Bearer {Token}", request.Authorization);
        Assert.Equal("en", request.Language);
    }
}
