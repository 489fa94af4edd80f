using System.Net.Http.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>
/// Research use follows the participant's latest word from Enrollment: whoever refused or withdrew it
/// leaves the anonymised export, while the aggregate reports keep counting them.
/// </summary>
public sealed class ResearchConsentTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    [Fact]
    public async Task A_withdrawn_research_consent_takes_the_person_out_of_the_export_and_a_late_older_statement_does_not_bring_them_back()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var stays = await scenario.ClosedAsync();
        var leaves = await scenario.ClosedAsync();
        await scenario.AnswerAsync(stays.MenteeId, stays.MenteeSurveyId, EvaluationScenario.MenteeAnswers());
        await scenario.AnswerAsync(leaves.MenteeId, leaves.MenteeSurveyId, EvaluationScenario.MenteeAnswers());
        Assert.Equal(3, (await scenario.ExportLinesAsync()).Count);

        var withdrawnAt = EvaluationScenario.Start.AddDays(100);
        await factory.PublishAsync(new ResearchConsentChanged(scenario.ProgrammeId, leaves.MenteeId, Granted: false, withdrawnAt));
        await StoredAsync(scenario.ProgrammeId, leaves.MenteeId);
        await factory.PublishAsync(new ResearchConsentChanged(scenario.ProgrammeId, leaves.MenteeId, Granted: true, withdrawnAt.AddDays(-1)));
        // Another programme's refusal does not touch this one; published last, it shows when the one before was taken.
        var elsewhere = Guid.NewGuid();
        await factory.PublishAsync(new ResearchConsentChanged(elsewhere, stays.MenteeId, Granted: false, withdrawnAt));
        await StoredAsync(elsewhere, stays.MenteeId);

        var lines = await scenario.ExportLinesAsync();
        Assert.Equal(2, lines.Count);
        var effects = await factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId))
            .GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/effects");
        Assert.Equal(2, effects.GetProperty("respondents").GetInt32());
    }

    private Task StoredAsync(Guid programmeId, Guid personId) =>
        ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EvaluationDbContext, object?>(async db =>
            await db.ResearchConsents.AnyAsync(c => c.ProgrammeId == programmeId && c.PersonId == personId) ? "stored" : null));
}
