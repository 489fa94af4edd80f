using System.Text.RegularExpressions;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>The pair's life after the first message: meeting, contract, plan, meetings, closure, surveys, reports.</summary>
public sealed partial class WebWholeJourneyTests
{
    /// <summary>
    /// The mentor records the first meeting (first without saying whether to go on, which is refused beside
    /// the question) and signs; the mentee signs on the phone, which makes the pair active, writes a goal
    /// into the action plan and logs a meeting.
    /// </summary>
    private async Task MeetSignAndPlanAsync(WebPerson mentee, WebPerson mentor, Guid pairId)
    {
        await mentor.Page.ClickAsync("form.first-meeting-form button[type=submit]");
        await mentor.WaitReadyAsync("#fit-error");
        await _report.CheckAsync(mentor, "first meeting, no answer to go on");
        await mentor.Page.CheckAsync("#fit-yes");
        _report.Timed("first meeting recorded", await mentor.TimeAsync(
            () => mentor.Page.ClickAsync("form.first-meeting-form button[type=submit]"), "#contract-heading"));
        await _report.CheckAsync(mentor, "contract (mentor)");
        await mentor.Page.ClickAsync("section[aria-labelledby=contract-heading] button.primary");
        await mentor.WaitReadyAsync(".signatures li[data-side=mentor] strong");

        _report.Timed("pair page, contract (mentee)", await mentee.OpenAsync($"app/pairs/{pairId}", "main[data-interactive=true] #contract-heading"));
        Assert.Contains("Signer le contrat", await mentee.Page.TextContentAsync("section[aria-labelledby=contract-heading]"));
        await _report.CheckAsync(mentee, "contract (mentee)");
        await mentee.ScreenshotAsync("contract");
        _report.Timed("contract signed, pair active", await mentee.TimeAsync(
            () => mentee.Page.ClickAsync("section[aria-labelledby=contract-heading] button.primary"), "#plan-heading"));

        await mentee.Page.ClickAsync("form.action-plan .decision button[type=button]");
        await mentee.FillAsync("#goal-0-title", "Trouver un stage en logistique");
        await mentee.Page.ClickAsync("form.action-plan button[type=submit]");
        await mentee.WaitReadyAsync("form.action-plan .saved");
        Assert.Equal("Trouver un stage en logistique", await mentee.Page.InputValueAsync("#goal-0-title"));

        await mentee.FillAsync("#meeting-place", "Bibliothèque");
        await mentee.Page.CheckAsync("#dimension-professional");
        await mentee.Page.ClickAsync("form.meeting-form button[type=submit]");
        await mentee.WaitReadyAsync("table.meetings td:has-text('Bibliothèque')");
        await _report.CheckAsync(mentee, "pair page, active (mentee)");
        await mentee.ScreenshotAsync("pair-active");
    }

    /// <summary>The mentor closes the pair with its outcome (first without one, which is refused beside the field).</summary>
    private async Task CloseAsMentorAsync(WebPerson mentor)
    {
        await mentor.Page.ReloadAsync();
        await mentor.WaitReadyAsync("main[data-interactive=true] form.close-form");
        await mentor.Page.ClickAsync("form.close-form button[type=submit]");
        await mentor.WaitReadyAsync("#close-outcome-error");
        Assert.Equal("true", await mentor.Page.GetAttributeAsync("#close-outcome", "aria-invalid"));
        await _report.CheckAsync(mentor, "closing, no outcome");
        await mentor.Page.SelectOptionAsync("#close-outcome", "job");
        _report.Timed("pair closed", await mentor.TimeAsync(
            () => mentor.Page.ClickAsync("form.close-form button[type=submit]"), "#closure-heading"));
        await _report.CheckAsync(mentor, "pair page, closed");
    }

    /// <summary>
    /// The person finds the closure survey Evaluation assigned in My surveys, sends it empty (each required
    /// question says so beside it), then answers every question and sends it.
    /// </summary>
    private async Task AnswerTheSurveyAsync(WebPerson person, Applicant applicant, string label)
    {
        await WaitUntilListedAsync(applicant, label, "/api/me/surveys?status=pending", $"the closure survey in {label}'s surveys");
        _report.Timed($"my surveys ({label})", await person.OpenAsync("app/surveys", "main[data-interactive=true] [data-survey] a"));
        await _report.CheckAsync(person, $"my surveys ({label})");

        _report.Timed($"survey ({label})", await person.TimeAsync(
            () => person.Page.Locator("[data-survey] a").First.ClickAsync(), "main[data-interactive=true] form.survey-form"));
        await person.Page.ClickAsync("form.survey-form button[type=submit]");
        await person.WaitReadyAsync("form.survey-form .field-error");
        await _report.CheckAsync(person, $"survey, unanswered ({label})");
        await person.ScreenshotAsync($"survey-{label}");

        await AnswerEveryQuestionAsync(person);
        await person.Page.ClickAsync("form.survey-form button[type=submit]");
        await person.WaitReadyAsync("main p.card[role=status]");
        await _report.CheckAsync(person, $"survey, answered ({label})");
    }

    /// <summary>The highest mark on each scale, the first choice of each yes/no and each list, a word in each text.</summary>
    private static async Task AnswerEveryQuestionAsync(WebPerson person)
    {
        var questions = person.Page.Locator("form.survey-form .survey-question");
        for (var i = await questions.CountAsync() - 1; i >= 0; i--)
        {
            var question = questions.Nth(i);
            if (await question.Locator("textarea").CountAsync() > 0)
                await question.Locator("textarea").FillAsync("Merci");
            else if (await question.Locator("input[type=radio]").CountAsync() > 0)
                await question.Locator(await question.GetAttributeAsync("class") is { } css && css.Contains("scale")
                    ? "input[type=radio] >> nth=-1" : "input[type=radio] >> nth=0").CheckAsync();
            else
                await question.Locator("input[type=checkbox]").First.CheckAsync();
        }
    }

    /// <summary>The Dutch-speaking coordinator reads the job among the outcomes and the two answers in the effects.</summary>
    private async Task ReadTheReportsAsync(WebPerson coordinator, Guid programmeId)
    {
        await Eventually.Get<object>(async () =>
        {
            await coordinator.Page.GotoAsync($"app/console/{programmeId}/reports");
            await coordinator.WaitReadyAsync("main[data-interactive=true] table.by-outcome");
            return Regex.IsMatch((await coordinator.Page.TextContentAsync("section[aria-labelledby=effects-heading]"))!, @"\b[1-9][0-9]* respondent") ? true : null;
        }, "the closure and the answers in the reports");
        _report.Timed("reports (Dutch)", await coordinator.TimeAsync(
            () => coordinator.Page.ReloadAsync(), "main[data-interactive=true] table.by-outcome"));
        Assert.Equal("nl", await coordinator.Page.GetAttributeAsync("html", "lang"));
        Assert.Contains("1", await coordinator.Page.TextContentAsync("table.by-outcome tbody td"));
        await _report.CheckAsync(coordinator, "reports (Dutch)");
        await coordinator.ScreenshotAsync("reports-journey");
    }
}
