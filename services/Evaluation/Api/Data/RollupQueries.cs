using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;
using Mentorship.Evaluation.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Data;

/// <summary>
/// Reads what the roll-up needs of every programme of one template in four queries, whatever the number
/// of programmes: one short row per pair and per effect answer, survey counts grouped in the database.
/// </summary>
public static class RollupQueries
{
    public static async Task<RollupReport> RollupAsync(
        this EvaluationDbContext db, string templateId, Func<Guid, bool> visible, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().Where(p => p.TemplateId == templateId).ToListAsync(cancellationToken);
        var ids = programmes.Select(p => p.Id).ToList();
        var pairs = (await db.Pairs.AsNoTracking()
                .Where(p => ids.Contains(p.ProgrammeId))
                .Select(p => new { p.ProgrammeId, p.ActivatedAt, p.ClosedAt, p.Outcome, p.MeetingsHeld, Logged = db.Meetings.Count(m => m.PairId == p.Id) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ProgrammeId, p => new PairFacts(p.ActivatedAt, p.ClosedAt, p.Outcome, p.MeetingsHeld, p.Logged));
        // Closure surveys, as in the outcomes report.
        var surveys = (await db.Surveys.AsNoTracking()
                .Where(s => ids.Contains(s.ProgrammeId) && s.Kind == SurveyKind.Closure)
                .GroupBy(s => new { s.ProgrammeId, s.Role, s.Status })
                .Select(g => new { g.Key.ProgrammeId, g.Key.Role, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ProgrammeId, s => new SurveyCount(s.Role, s.Status, s.Count));
        var effects = (await db.Answers.AsNoTracking()
                .Where(a => ids.Contains(a.ProgrammeId) && a.Measure == ItemMeasure.Effect && a.Value != null)
                .Select(a => new { a.ProgrammeId, a.SurveyId, a.ItemId, Value = a.Value!.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ProgrammeId, a => new EffectAnswer(a.SurveyId, a.ItemId, a.Value));

        var facts = programmes
            .Select(p => new RollupProgramme(p.Id, p.Institution, pairs[p.Id].ToList(), surveys[p.Id].ToList(), effects[p.Id].ToList()))
            .ToList();
        var dimensions = ReportQueries.Dimensions([templateId], facts.SelectMany(p => p.Effects).Select(e => e.Dimension));
        return RollupAnalysis.Build(templateId, dimensions, facts, visible);
    }
}
