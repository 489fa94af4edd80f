using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;
using Mentorship.Evaluation.Domain.Templates;
using Mentorship.ServiceDefaults.Backend.Export;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Data;

/// <summary>
/// Reads what each report needs of one programme, and nothing else: counts and groupings run in the
/// database; the rest is a few small projected rows per respondent (800 respondents make a few
/// thousand short rows), from which the domain computes the statistics.
/// </summary>
public static class ReportQueries
{
    private static readonly ItemMeasure[] EffectInputs =
        [ItemMeasure.Effect, ItemMeasure.ProfessionalAddressed, ItemMeasure.PersonalAddressed, ItemMeasure.MoreMeetings];

    public static async Task<EffectsReport> EffectsAsync(this EvaluationDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.ProgrammeId == programme.Id && EffectInputs.Contains(a.Measure) && a.Value != null)
            .Select(a => new { a.SurveyId, a.ItemId, a.Measure, Value = a.Value!.Value })
            .ToListAsync(cancellationToken);
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.ProgrammeId == programme.Id && s.Status == SurveyStatus.Completed)
            .Select(s => new { s.Id, s.PairId, s.Role })
            .ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.ProgrammeId == programme.Id)
            .GroupBy(m => m.PairId)
            .Select(g => new { PairId = g.Key, Meetings = g.Count(), Professional = g.Count(m => m.Professional), Personal = g.Count(m => m.Personal) })
            .ToDictionaryAsync(g => g.PairId, g => new LoggedDimensions(g.Meetings, g.Professional, g.Personal), cancellationToken);

        var bySurvey = answers.ToLookup(a => a.SurveyId);
        var respondents = new List<EffectRespondent>();
        var moreMeetings = new List<MoreMeetingsAnswer>();
        foreach (var survey in surveys)
        {
            var own = bySurvey[survey.Id].ToList();
            if (own.FirstOrDefault(a => a.Measure == ItemMeasure.MoreMeetings) is { } more)
                moreMeetings.Add(new MoreMeetingsAnswer(survey.Role, more.Value == 1));
            var effects = own.Where(a => a.Measure == ItemMeasure.Effect).ToDictionary(a => a.ItemId, a => a.Value);
            if (effects.Count == 0)
                continue;
            respondents.Add(new EffectRespondent(
                effects,
                own.FirstOrDefault(a => a.Measure == ItemMeasure.ProfessionalAddressed)?.Value,
                own.FirstOrDefault(a => a.Measure == ItemMeasure.PersonalAddressed)?.Value,
                meetings.GetValueOrDefault(survey.PairId)));
        }

        var dimensions = Dimensions([programme.TemplateId], respondents.SelectMany(r => r.Effects.Keys));
        return EffectsAnalysis.Build(programme.Id, dimensions, respondents, moreMeetings);
    }

    /// <summary>Each respondent's state ratings (1..7) at the baseline and at closure, for the paired before/after test.</summary>
    public static async Task<BeforeAfterReport> BeforeAfterAsync(
        this EvaluationDbContext db, Programme programme, RespondentRole role, CancellationToken cancellationToken)
    {
        var rows = await db.Answers.AsNoTracking()
            .Where(a => a.ProgrammeId == programme.Id && a.Measure == ItemMeasure.State && a.Value != null)
            .Join(
                db.Surveys.Where(s => s.ProgrammeId == programme.Id && s.Role == role),
                a => a.SurveyId,
                s => s.Id,
                (a, s) => new { s.PairId, s.RespondentId, s.Kind, a.ItemId, Value = a.Value!.Value })
            .ToListAsync(cancellationToken);
        var answers = rows
            .Select(r => new StateAnswer(r.PairId, r.RespondentId, r.Kind, SurveyItem.DimensionOfState(r.ItemId), r.Value))
            .ToList();
        return BeforeAfterAnalysis.Build(programme.Id, role, Dimensions([programme.TemplateId], answers.Select(a => a.Dimension)), answers);
    }

    /// <summary>The closure effects (-3..+3) of two programmes, for Welch's test per dimension.</summary>
    public static async Task<CohortComparisonReport> CohortComparisonAsync(
        this EvaluationDbContext db, Programme programme, Programme other, CancellationToken cancellationToken)
    {
        var effects = await db.Answers.AsNoTracking()
            .Where(a => (a.ProgrammeId == programme.Id || a.ProgrammeId == other.Id) && a.Measure == ItemMeasure.Effect && a.Value != null)
            .Select(a => new { a.ProgrammeId, a.ItemId, Value = a.Value!.Value })
            .ToListAsync(cancellationToken);
        var dimensions = Dimensions([programme.TemplateId, other.TemplateId], effects.Select(e => e.ItemId));
        return CohortComparisonReport.Build(
            programme.Id,
            other.Id,
            dimensions,
            effects.Where(e => e.ProgrammeId == programme.Id).ToLookup(e => e.ItemId, e => (double)e.Value),
            effects.Where(e => e.ProgrammeId == other.Id).ToLookup(e => e.ItemId, e => (double)e.Value));
    }

    /// <summary>The programmes' own dimensions (of their templates) in question order, then any asked by the default template before a programme was known.</summary>
    internal static List<string> Dimensions(IEnumerable<string?> templateIds, IEnumerable<string> answered) =>
        templateIds.SelectMany(id => SurveyTemplates.For(id).EffectDimensions)
            .Concat(answered.Distinct().Order(StringComparer.Ordinal))
            .Distinct()
            .ToList();

    public static async Task<BenefitsReport> BenefitsAsync(
        this EvaluationDbContext db, Guid programmeId, string language, CancellationToken cancellationToken)
    {
        var counts = await db.Answers.AsNoTracking()
            .Where(a => a.ProgrammeId == programmeId && a.Measure == ItemMeasure.Benefits)
            .GroupBy(a => a.Option)
            .Select(g => new { Option = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Option, g => g.Count, cancellationToken);
        var completed = await db.Surveys.AsNoTracking()
            .Where(s => s.ProgrammeId == programmeId && s.Status == SurveyStatus.Completed)
            .GroupBy(s => new { s.TemplateId, s.Kind, s.Role })
            .Select(g => new { g.Key.TemplateId, g.Key.Kind, g.Key.Role, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var respondents = completed
            .Where(c => SurveyTemplates.For(c.TemplateId).ItemsFor(c.Kind, c.Role).Any(i => i.Measure == ItemMeasure.Benefits))
            .Sum(c => c.Count);
        var benefits = PerceivedBenefits.All
            .Select(o => (Option: o, Count: counts.GetValueOrDefault(o.Id)))
            .OrderByDescending(b => b.Count)
            .Select(b => new BenefitFrequency(b.Option.Id, b.Option.Label.In(language), b.Count, respondents == 0 ? null : (double)b.Count / respondents))
            .ToList();
        return new BenefitsReport(programmeId, respondents, benefits);
    }

    public static async Task<OutcomesReport> OutcomesAsync(this EvaluationDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        var pairs = await db.Pairs.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId)
            .Select(p => new PairFacts(p.ActivatedAt, p.ClosedAt, p.Outcome, p.MeetingsHeld, db.Meetings.Count(m => m.PairId == p.Id)))
            .ToListAsync(cancellationToken);
        // Response rates are those of the closure evaluation funders ask about; baselines are part of the before/after report.
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.ProgrammeId == programmeId && s.Kind == SurveyKind.Closure)
            .GroupBy(s => new { s.Role, s.Status })
            .Select(g => new SurveyCount(g.Key.Role, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
        return OutcomesAnalysis.Build(programmeId, pairs, surveys);
    }

    public static async Task<ExportTable> ResponsesExportAsync(this EvaluationDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.ProgrammeId == programme.Id && s.Status == SurveyStatus.Completed)
            // Research use ends with the person's consent: their answers leave the export, not the aggregate reports.
            .Where(s => !db.ResearchConsents.Any(c => c.ProgrammeId == s.ProgrammeId && c.PersonId == s.RespondentId && !c.Granted))
            .Select(s => new ExportSurvey(
                s.Id, s.RespondentId, s.Role, s.Kind, s.TemplateId,
                db.Pairs.Where(p => p.Id == s.PairId).Select(p => p.Outcome).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.ProgrammeId == programme.Id && a.Text == null)
            .Select(a => new ExportAnswer(a.SurveyId, a.ItemId, a.Option, a.Value))
            .ToListAsync(cancellationToken);
        return ResponseExport.Build(programme.PseudonymSalt, surveys, answers);
    }
}
