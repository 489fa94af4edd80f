using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Evaluation.Contracts;
using Mentorship.Evaluation.Domain;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>Pulse check-ins: every 4 weeks after activation each member of an active pair gets one, once per period.</summary>
public sealed class PulseCheckInsTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    [Fact]
    public async Task An_active_pair_gets_the_pulse_of_its_current_period_once_and_new_or_closed_pairs_get_none()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("cjsm");
        var now = DateTimeOffset.UtcNow;
        // Activated 9 weeks ago: the second 4-week period has started.
        var due = await scenario.ActivatedWithBaselinesAsync(now.AddDays(-63));
        var recent = await scenario.ActivatedWithBaselinesAsync(now.AddDays(-7));
        var closed = await scenario.ActivatedWithBaselinesAsync(now.AddDays(-63));
        await scenario.ClosedAsync(activated: closed);

        await factory.RunPulsesAsync();
        await factory.RunPulsesAsync();

        var pulses = (await scenario.SurveysAsync(due.PairId, 4)).Where(s => s.Kind == SurveyKind.Pulse).ToList();
        Assert.Equal(new[] { due.MenteeId, due.MentorId }.Order(), pulses.Select(s => s.RespondentId).Order());
        Assert.All(pulses, s => Assert.Equal(2, s.Period));
        Assert.Equal(2, (await scenario.SurveysAsync(recent.PairId, 2)).Count);
        Assert.Equal(4, (await scenario.SurveysAsync(closed.PairId, 4)).Count);

        var assigned = await ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var events = (await factory.PublishedAsync<SurveyAssigned>()).Where(e => e.PairId == due.PairId && e.Kind == "pulse").ToList();
            return events.Count == 2 ? events : null;
        });
        Assert.Equal(2, assigned.Count);

        var mine = await factory.CreateClient(TestUser.Mentee(due.MenteeId)).GetFromJsonAsync<JsonElement>("/api/me/surveys?status=pending");
        var pulse = mine.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "pulse");
        Assert.Equal("How is your mentoring going?", pulse.GetProperty("title").GetString());
        var answered = await factory.CreateClient(TestUser.Mentee(due.MenteeId)).PostAsJsonAsync(
            $"/api/surveys/{pulse.GetProperty("id").GetGuid()}/responses", new { answers = new Dictionary<string, object?> { ["satisfaction"] = 4 } });
        Assert.Equal(System.Net.HttpStatusCode.Created, answered.StatusCode);
    }
}
