using System.Net;
using System.Net.Http.Json;
using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Pulses;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>A coordinator's check-in now: the next pulse of each active pair, at once, never twice while unanswered.</summary>
public sealed class CheckInsNowTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    [Fact]
    public async Task Each_active_pair_gets_its_next_pulse_once_and_closed_pairs_get_none()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("mentoryou");
        var active = await scenario.ActivatedWithBaselinesAsync(DateTimeOffset.UtcNow.AddDays(-10));
        var closed = await scenario.ActivatedWithBaselinesAsync(DateTimeOffset.UtcNow.AddDays(-10));
        await scenario.ClosedAsync(activated: closed);
        var coordinator = factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId));

        var first = await coordinator.PostAsync($"/api/programmes/{scenario.ProgrammeId}/check-ins", null);
        var second = await coordinator.PostAsync($"/api/programmes/{scenario.ProgrammeId}/check-ins", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new CheckInsSent(1, 2), await first.Content.ReadFromJsonAsync<CheckInsSent>());
        Assert.Equal(new CheckInsSent(0, 0), await second.Content.ReadFromJsonAsync<CheckInsSent>());
        var pulses = (await scenario.SurveysAsync(active.PairId, 4)).Where(s => s.Kind == SurveyKind.Pulse).ToList();
        Assert.Equal(new[] { active.MenteeId, active.MentorId }.Order(), pulses.Select(s => s.RespondentId).Order());
        Assert.All(pulses, pulse => Assert.Equal(1, pulse.Period));
        Assert.DoesNotContain((await scenario.SurveysAsync(closed.PairId, 4)), s => s.Kind == SurveyKind.Pulse);

        // The scheduled pulse of that first period is the one just sent: the clock sends nothing more.
        await factory.RunPulsesAsync();
        Assert.Equal(2, (await scenario.SurveysAsync(active.PairId, 4)).Count(s => s.Kind == SurveyKind.Pulse));
    }

    [Fact]
    public async Task Only_the_programmes_coordinators_send_check_ins_and_an_unknown_programme_is_not_found()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("mentoryou");
        var path = $"/api/programmes/{scenario.ProgrammeId}/check-ins";

        var researcher = await factory.CreateClient(TestUser.Researcher(scenario.ProgrammeId)).PostAsync(path, null);
        var otherCoordinator = await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).PostAsync(path, null);
        var mentee = await factory.CreateClient(TestUser.Mentee()).PostAsync(path, null);
        var unknown = Guid.NewGuid();
        var missing = await factory.CreateClient(TestUser.Coordinator(unknown)).PostAsync($"/api/programmes/{unknown}/check-ins", null);

        Assert.Equal(HttpStatusCode.Forbidden, researcher.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mentee.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}
