using Mentorship.Evaluation.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Pairing.Contracts;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Tests.Integration;

public sealed class ClosureSurveysTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    [Fact]
    public async Task A_closed_pair_sends_a_closure_survey_to_the_mentee_and_to_the_mentor()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");

        var pair = await scenario.ClosedAsync(outcome: "studies", days: 120, meetingsHeld: 7);

        var surveys = await scenario.SurveysAsync(pair.PairId, 2);
        Assert.All(surveys, s => Assert.Equal(("pollem", SurveyKind.Closure, SurveyStatus.Pending), (s.TemplateId, s.Kind, s.Status)));
        Assert.Equal(pair.MenteeId, surveys.Single(s => s.Role == RespondentRole.Mentee).RespondentId);
        Assert.Equal(pair.MentorId, surveys.Single(s => s.Role == RespondentRole.Mentor).RespondentId);

        var assigned = (await factory.PublishedAsync<SurveyAssigned>()).Where(e => e.PairId == pair.PairId).ToList();
        Assert.Equal(new[] { pair.MenteeId, pair.MentorId }.Order(), assigned.Select(e => e.RespondentId).Order());
        Assert.All(assigned, e => Assert.Equal(("closure", scenario.ProgrammeId), (e.Kind, e.ProgrammeId)));

        var stored = await scenario.PairAsync(pair.PairId, p => p.ClosedAt is not null);
        Assert.Equal(("studies", 7, EvaluationScenario.Start), (stored.Outcome, stored.MeetingsHeld, stored.ActivatedAt));
    }

    [Fact]
    public async Task The_same_closure_delivered_twice_sends_each_member_one_survey()
    {
        var scenario = new EvaluationScenario(factory);
        var pair = await scenario.ClosedAsync();
        var applied = await ClosuresAppliedAsync();
        var again = new PairClosed(pair.PairId, scenario.ProgrammeId, pair.MenteeId, pair.MentorId, "studies",
            EvaluationScenario.Start, EvaluationScenario.Start.AddDays(90), 5);

        await factory.PublishAsync(again);
        await ServiceFactory<Program>.EventuallyAsync(async () => await ClosuresAppliedAsync() > applied ? "applied" : null);

        var surveys = await scenario.SurveysAsync(pair.PairId, 2);
        Assert.Equal(new[] { pair.MenteeSurveyId, pair.MentorSurveyId }.Order(), surveys.Select(s => s.Id).Order());
        Assert.Equal(2, (await factory.PublishedAsync<SurveyAssigned>()).Count(e => e.PairId == pair.PairId));
    }

    [Fact]
    public async Task A_closure_before_the_programme_is_known_uses_the_default_survey_until_the_programme_arrives()
    {
        var scenario = new EvaluationScenario(factory);

        var pair = await scenario.ClosedAsync();
        var early = await scenario.SurveysAsync(pair.PairId, 2);
        Assert.All(early, s => Assert.Equal("default", s.TemplateId));

        await scenario.CreatedAsync("mentoryou");

        await ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var surveys = await scenario.SurveysAsync(pair.PairId, 2);
            return surveys.All(s => s.TemplateId == "mentoryou") ? surveys : null;
        });
    }

    [Fact]
    public async Task A_meeting_logged_before_its_pair_is_activated_is_kept_and_the_pair_completed_later()
    {
        var scenario = new EvaluationScenario(factory);
        var pairId = Guid.NewGuid();

        await scenario.MeetingAsync(pairId, "professional", "academic");
        var meeting = await factory.QueryAsync<EvaluationDbContext, Meeting>(db => db.Meetings.AsNoTracking().SingleAsync(m => m.PairId == pairId));
        Assert.Equal((true, false, true), (meeting.Professional, meeting.Personal, meeting.Academic));

        await factory.PublishAsync(new PairActivated(pairId, scenario.ProgrammeId, Guid.NewGuid(), Guid.NewGuid(), EvaluationScenario.Start));
        var pair = await scenario.PairAsync(pairId, p => p.ActivatedAt is not null);

        Assert.Equal(scenario.ProgrammeId, pair.ProgrammeId);
        Assert.Null(pair.ClosedAt);
    }

    [Fact]
    public async Task A_meeting_delivered_twice_is_counted_once()
    {
        var scenario = new EvaluationScenario(factory);
        var pairId = await scenario.ActivatedAsync(EvaluationScenario.Start);
        var meeting = new MeetingLogged(pairId, scenario.ProgrammeId, Guid.NewGuid(), new DateOnly(2026, 2, 1), 90, ["personal"]);
        var applied = await AppliedAsync("meeting-logged");

        await factory.PublishAsync(meeting);
        await factory.PublishAsync(meeting);
        await ServiceFactory<Program>.EventuallyAsync(async () => await AppliedAsync("meeting-logged") >= applied + 2 ? "applied" : null);

        Assert.Equal(1, await factory.QueryAsync<EvaluationDbContext, int>(db => db.Meetings.CountAsync(m => m.PairId == pairId)));
    }

    private Task<int> ClosuresAppliedAsync() => AppliedAsync("pair-closed");

    /// <summary>Deliveries this test class's service has applied on one queue; tests of a class run one at a time on their own database.</summary>
    private Task<int> AppliedAsync(string queueSuffix) =>
        factory.QueryAsync<EvaluationDbContext, int>(db => db.Set<InboxMessage>().CountAsync(m => m.Consumer.EndsWith(queueSuffix)));
}
