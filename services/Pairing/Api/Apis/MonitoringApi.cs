using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Export;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// The follow-up table of a programme's pairs for its coordinators and referents: meetings against the
/// programme's cadence, goals progress and last contact measured at read time, and the alerts the scheduler keeps open.
/// A referent sees only the pairs they supervise.
/// </summary>
public static class MonitoringApi
{
    private static readonly string[] Monitors = [PlatformRoles.Coordinator, PlatformRoles.Referent];

    private static readonly string[] ExportColumns =
    [
        "pairId", "menteeId", "mentorId", "status", "proposedAt", "activatedAt", "meetingsHeld", "meetingsExpected",
        "lastMeetingOn", "lastContactOn", "goalsDone", "goalsTotal", "termOn", "closedAt", "outcome", "atRisk", "alerts",
    ];

    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var pairs = app.MapGroup("/api/programmes/{programmeId:guid}/pairs").WithTags("Monitoring");
        pairs.MapGet("", ListPairs)
            .RequireProgrammeStaff("The monitoring table is shown to the programme's coordinators and referents.", Monitors);
        pairs.MapGet("/export", ExportPairs)
            .RequireProgrammeStaff("The monitoring table is exported by the programme's coordinators.", PlatformRoles.Coordinator);
        return app;
    }

    public static async Task<Results<Ok<PagedResult<PairMonitoringRow>>, ProblemHttpResult>> ListPairs(
        Guid programmeId,
        [FromQuery] string? status,
        [FromQuery] bool? atRisk,
        [AsParameters] PageQuery page,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var statusFilter = QueryEnum.Parse<PairStatus>(status, "status");
        var valid = page.Validated();
        var cadence = await CadenceAsync(db, programmeId, cancellationToken);
        var supervisedBy = user.IsStaffOf(programmeId, PlatformRoles.Coordinator) ? (Guid?)null : user.PersonId;
        var onePage = await Facts(db, programmeId, statusFilter, atRisk, supervisedBy).ToPageAsync(valid, cancellationToken);
        var rows = await RowsAsync(db, onePage.Items, cadence, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new PagedResult<PairMonitoringRow>(rows, onePage.Page, onePage.PageSize, onePage.Total));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportPairs(
        Guid programmeId,
        [FromQuery] string? format,
        [FromQuery] string? status,
        [FromQuery] bool? atRisk,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var exportFormat = QueryEnum.Parse<ExportFormat>(format, "format") ?? ExportFormat.Csv;
        var statusFilter = QueryEnum.Parse<PairStatus>(status, "status");
        var cadence = await CadenceAsync(db, programmeId, cancellationToken);
        var now = clock.GetUtcNow();

        var facts = await Facts(db, programmeId, statusFilter, atRisk, supervisedBy: null).ToListAsync(cancellationToken);
        var rows = (await RowsAsync(db, facts, cadence, now, cancellationToken)).Select(Cells).ToList();
        var table = new ExportTable("Pairs", ExportColumns, rows);
        return TableFiles.Result(table, exportFormat, $"pairs-{programmeId}-{CalendarDays.Of(now):yyyy-MM-dd}");
    }

    /// <summary>Measures the pairs and adds their unclosed alerts, read in one query for all of them.</summary>
    private static async Task<List<PairMonitoringRow>> RowsAsync(
        PairingDbContext db, IReadOnlyList<PairFacts> pairs, ProgrammeCadence? cadence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = pairs.Select(p => p.PairId).ToList();
        var alerts = (await db.Alerts.AsNoTracking()
                .Where(a => ids.Contains(a.PairId) && a.State != AlertState.Closed)
                .OrderBy(a => a.RaisedAt).ThenBy(a => a.Kind)
                .Select(a => new { a.PairId, Alert = new MonitoringAlert(a.Id, a.Kind, a.Level, a.RaisedAt, a.State == AlertState.Acknowledged) })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.PairId, a => a.Alert);
        return pairs.Select(pair => PairMonitoringRow.From(pair, PairMonitor.Assess(pair, cadence, now), alerts[pair.PairId].ToList())).ToList();
    }

    private static Task<ProgrammeCadence?> CadenceAsync(PairingDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);

    private static IQueryable<PairFacts> Facts(PairingDbContext db, Guid programmeId, PairStatus? status, bool? atRisk, Guid? supervisedBy)
    {
        var pairs = db.Pairs.AsNoTracking().Where(p => p.ProgrammeId == programmeId);
        if (supervisedBy is { } referentId)
            pairs = pairs.Where(p => p.ReferentId == referentId);
        if (status is { } only)
            pairs = pairs.Where(p => p.Status == only);
        // At risk: the pair has an unclosed alert. Stored, so the filter and the paging run in the database.
        if (atRisk is { } risky)
            pairs = pairs.Where(p => db.Alerts.Any(a => a.PairId == p.Id && a.State != AlertState.Closed) == risky);
        return pairs
            .OrderBy(p => p.ProposedAt).ThenBy(p => p.Id)
            .Select(p => new PairFacts(
                p.Id,
                p.MenteeId,
                p.MentorId,
                p.ReferentId,
                p.Status,
                p.ProposedAt,
                p.ActivatedAt,
                p.ClosedAt,
                p.Outcome,
                p.MeetingsHeld,
                p.LastMeetingOn,
                db.Contacts.Where(c => c.PairId == p.Id).Select(c => (DateTimeOffset?)c.LastMessageAt).FirstOrDefault(),
                p.GoalsDone,
                p.GoalsTotal));
    }

    private static IReadOnlyList<object?> Cells(PairMonitoringRow row) =>
    [
        row.PairId.ToString(), row.MenteeId.ToString(), row.MentorId.ToString(), Kebab.Name(row.Status),
        row.ProposedAt, row.ActivatedAt, row.MeetingsHeld, row.MeetingsExpected, row.LastMeetingOn, row.LastContactOn,
        row.GoalsDone, row.GoalsTotal, row.TermOn, row.ClosedAt, row.Outcome is { } outcome ? Kebab.Name(outcome) : null,
        row.AtRisk, string.Join("; ", row.Alerts.Select(a => a.Cell)),
    ];
}
