using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class SurveyPageTests : WebTestContext
{
    private readonly Guid _surveyId = Guid.NewGuid();

    private string Survey(string status = "pending", string? completedAt = null) => $$"""
        {
          "id": "{{_surveyId}}", "programmeId": "{{Guid.NewGuid()}}", "pairId": "{{Guid.NewGuid()}}", "kind": "closure", "role": "mentee",
          "status": "{{status}}", "templateId": "pollem-closure", "title": "End of mentoring", "language": "en",
          "items": [
            { "id": "well-being", "type": "scale", "label": "Effect on your well-being", "required": true, "min": -3, "max": 3, "options": null, "maxLength": null },
            { "id": "more-meetings", "type": "yes-no", "label": "Would you have liked more meetings?", "required": true, "min": null, "max": null, "options": null, "maxLength": null },
            { "id": "benefits", "type": "multi-choice", "label": "What did it bring you?", "required": false, "min": null, "max": null,
              "options": [ { "id": "support", "label": "Support" }, { "id": "listening", "label": "Listening" } ], "maxLength": null },
            { "id": "comment", "type": "text", "label": "Anything to add?", "required": false, "min": null, "max": null, "options": null, "maxLength": 2000 }
          ],
          "answers": null, "assignedAt": "2026-11-30T10:00:00Z", "completedAt": {{(completedAt is null ? "null" : $"\"{completedAt}\"")}}
        }
        """;

    [Fact]
    public void Each_question_is_asked_as_its_type_wants_and_the_answers_are_sent_typed()
    {
        Gateway
            .Answer($"GET /api/surveys/{_surveyId}", HttpStatusCode.OK, Survey())
            .Answer($"POST /api/surveys/{_surveyId}/responses", HttpStatusCode.Created, Survey("completed", "2026-12-01T10:00:00Z"));
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, _surveyId));
        page.WaitForElement("form.survey-form");
        Assert.Equal(7, page.FindAll("input[name=q-well-being]").Count);

        page.Find("#q-well-being-2").Change(true);
        page.Find("#q-more-meetings-True").Change(true);
        page.Find("#q-benefits-listening").Change(true);
        page.Find("#q-comment").Change("Thank you");
        page.Find("form.survey-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Thank you: your answers", page.Find("[role=status]").TextContent));
        var answers = JsonDocument.Parse(Gateway.Requests.Last().Body!).RootElement.GetProperty("answers");
        Assert.Equal(2, answers.GetProperty("well-being").GetInt32());
        Assert.True(answers.GetProperty("more-meetings").GetBoolean());
        Assert.Equal(["listening"], answers.GetProperty("benefits").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("Thank you", answers.GetProperty("comment").GetString());
    }

    [Fact]
    public void A_refused_answer_is_shown_beside_its_question_and_the_others_are_kept()
    {
        Gateway
            .Answer($"GET /api/surveys/{_surveyId}", HttpStatusCode.OK, Survey())
            .Answer($"POST /api/surveys/{_surveyId}/responses", HttpStatusCode.BadRequest, Samples.ValidationProblem("answers.more-meetings", "This question is required."));
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, _surveyId));
        page.WaitForElement("form.survey-form");

        page.Find("#q-well-being--1").Change(true);
        page.Find("form.survey-form").Submit();

        page.WaitForElement("#q-more-meetings-error");
        Assert.Contains("required", page.Find("#q-more-meetings-error").TextContent);
        Assert.Equal("q-more-meetings-error", page.FindAll("fieldset.survey-question")[1].GetAttribute("aria-describedby"));
        Assert.True(page.Find("#q-well-being--1").HasAttribute("checked"));
        Assert.False(page.Find("form.survey-form button").HasAttribute("disabled"));
    }

    [Fact]
    public void My_surveys_link_to_each_and_say_which_are_answered()
    {
        var pending = Guid.NewGuid();
        Gateway.Answer("GET /api/me/surveys?page=1&pageSize=20", HttpStatusCode.OK, $$"""
            { "items": [ { "id": "{{pending}}", "programmeId": "{{Guid.NewGuid()}}", "pairId": "{{Guid.NewGuid()}}", "kind": "closure", "role": "mentee",
                           "status": "pending", "title": "End of mentoring", "assignedAt": "2026-11-30T10:00:00Z", "completedAt": null } ],
              "page": 1, "pageSize": 20, "total": 1 }
            """);

        var page = Render<MySurveys>();

        page.WaitForElement($"[data-survey='{pending}']");
        Assert.Equal($"surveys/{pending}", page.Find($"[data-survey='{pending}'] a").GetAttribute("href"));
        Assert.Contains("To answer", page.Find($"[data-survey='{pending}']").TextContent);
    }
}
