using System.Net.Http.Json;
using System.Text;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Pairing.Contracts;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>One programme of a test: its events, fed through the broker as the other services would send them, and its respondents' answers.</summary>
public sealed class EvaluationScenario(EvaluationFactory factory)
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public Guid ProgrammeId { get; } = Guid.NewGuid();

    public static Dictionary<string, object?> MenteeAnswers(
        int wellBeing = 1,
        int academicSuccess = 1,
        int perseverance = 1,
        string[]? benefits = null,
        bool moreMeetings = true,
        int professional = 1,
        int personal = 1,
        string? comment = null) => new()
        {
            ["well-being"] = wellBeing,
            ["academic-success"] = academicSuccess,
            ["perseverance"] = perseverance,
            ["benefits"] = benefits ?? ["support"],
            ["satisfaction"] = 4,
            ["more-meetings"] = moreMeetings,
            ["professional-addressed"] = professional,
            ["personal-addressed"] = personal,
            ["academic-addressed"] = 2,
            ["comment"] = comment,
        };

    public static Dictionary<string, object?> MentorAnswers(bool moreMeetings = false) => new()
    {
        ["satisfaction"] = 5,
        ["more-meetings"] = moreMeetings,
        ["professional-addressed"] = 2,
        ["personal-addressed"] = 1,
        ["academic-addressed"] = 3,
    };

    /// <summary>A T'M closure: the mentee's three effects, and the relationship items it asks.</summary>
    public static Dictionary<string, object?> TeamMentorshipAnswers(int careerClarity, int network = 1, int confidence = 1) => new()
    {
        ["career-clarity"] = careerClarity,
        ["professional-network"] = network,
        ["self-confidence"] = confidence,
        ["benefits"] = new[] { "support" },
        ["satisfaction"] = 4,
        ["more-meetings"] = true,
        ["professional-addressed"] = 2,
        ["personal-addressed"] = 2,
        ["academic-addressed"] = 1,
    };

    public async Task CreatedAsync(string templateId, string? institution = null, string? name = null)
    {
        await factory.PublishAsync(new ProgrammeCreated(
            ProgrammeId, templateId, new CriterionWeights(1, 1, 1, 1, 1, 1, 1, 1), 1, 1, 9, 6, Start, name, institution));
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EvaluationDbContext, Programme?>(
            db => db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ProgrammeId && p.TemplateId == templateId)));
    }

    public async Task<Guid> ActivatedAsync(DateTimeOffset activatedAt)
    {
        var pairId = Guid.NewGuid();
        await factory.PublishAsync(new PairActivated(pairId, ProgrammeId, Guid.NewGuid(), Guid.NewGuid(), activatedAt));
        await PairAsync(pairId, p => p.ActivatedAt is not null);
        return pairId;
    }

    public async Task MeetingAsync(Guid pairId, params string[] dimensions)
    {
        var meetingId = Guid.NewGuid();
        await factory.PublishAsync(new MeetingLogged(pairId, ProgrammeId, meetingId, DateOnly.FromDateTime(Start.UtcDateTime), 60, dimensions));
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EvaluationDbContext, Meeting?>(
            db => db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId)));
    }

    /// <summary>A pair activated with the baseline survey each member got.</summary>
    public async Task<ActivatedPair> ActivatedWithBaselinesAsync(DateTimeOffset? activatedAt = null)
    {
        var activated = new PairActivated(Guid.NewGuid(), ProgrammeId, Guid.NewGuid(), Guid.NewGuid(), activatedAt ?? Start);
        await factory.PublishAsync(activated);
        var (mentee, mentor) = await MembersSurveysAsync(activated.PairId, SurveyKind.Baseline);
        return new ActivatedPair(activated.PairId, activated.MenteeId, activated.MentorId, mentee, mentor);
    }

    /// <summary>Closes a new pair, or the given activated one (its members then answer the closure surveys returned).</summary>
    public async Task<ClosedPair> ClosedAsync(string outcome = "studies", int days = 90, int meetingsHeld = 5, Guid? pairId = null, ActivatedPair? activated = null)
    {
        var pair = new PairClosed(
            activated?.PairId ?? pairId ?? Guid.NewGuid(), ProgrammeId, activated?.MenteeId ?? Guid.NewGuid(), activated?.MentorId ?? Guid.NewGuid(),
            outcome, Start, Start.AddDays(days), meetingsHeld);
        await factory.PublishAsync(pair);
        var (mentee, mentor) = await MembersSurveysAsync(pair.PairId, SurveyKind.Closure);
        return new ClosedPair(pair.PairId, pair.MenteeId, pair.MentorId, mentee, mentor);
    }

    /// <summary>The research export's lines, header first.</summary>
    public async Task<List<string>> ExportLinesAsync()
    {
        var bytes = await factory.CreateClient(TestUser.Researcher(ProgrammeId))
            .GetByteArrayAsync($"/api/programmes/{ProgrammeId}/reports/export?format=csv");
        return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }

    public Task<Pair> PairAsync(Guid pairId, Func<Pair, bool> until) =>
        ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var pair = await factory.QueryAsync<EvaluationDbContext, Pair?>(db => db.Pairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pairId));
            return pair is not null && until(pair) ? pair : null;
        });

    public Task<List<Survey>> SurveysAsync(Guid pairId, int count, SurveyKind? kind = null) =>
        ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var surveys = await factory.QueryAsync<EvaluationDbContext, List<Survey>>(
                db => db.Surveys.AsNoTracking().Where(s => s.PairId == pairId && (kind == null || s.Kind == kind)).ToListAsync());
            return surveys.Count == count ? surveys : null;
        });

    private async Task<(Guid Mentee, Guid Mentor)> MembersSurveysAsync(Guid pairId, SurveyKind kind)
    {
        var surveys = await SurveysAsync(pairId, 2, kind);
        return (surveys.Single(s => s.Role == RespondentRole.Mentee).Id, surveys.Single(s => s.Role == RespondentRole.Mentor).Id);
    }

    public async Task AnswerAsync(Guid respondentId, Guid surveyId, Dictionary<string, object?> answers)
    {
        var response = await factory.CreateClient(TestUser.Mentee(respondentId))
            .PostAsJsonAsync($"/api/surveys/{surveyId}/responses", new { answers });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }
}
