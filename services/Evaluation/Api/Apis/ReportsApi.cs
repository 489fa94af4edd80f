using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;
using Mentorship.Evaluation.ReportFiles;
using Mentorship.ServiceDefaults.Backend.Export;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.Evaluation.Apis;

/// <summary>
/// Programme reports for its coordinators and researchers (ops too). Everything here is aggregated or
/// pseudonymised: no person id, no free text. Each report is JSON, or with ?format=csv|xlsx|pdf a download
/// (an unknown format is a 400 before the database is read).
/// </summary>
public static class ReportsApi
{
    private static readonly string[] Readers = [PlatformRoles.Coordinator, PlatformRoles.Researcher];
    private static readonly string[] OutcomeReaders = [PlatformRoles.Coordinator, PlatformRoles.Researcher, PlatformRoles.ProgrammeAdmin];
    private const string CompareRefusal = "Cohorts are compared for coordinators and researchers of both programmes.";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/programmes/{programmeId:guid}/reports").WithTags("Reports");
        reports.MapGet("/effects", GetEffects).RequireProgrammeStaff("The effects report is shown to the programme's coordinators and researchers.", Readers);
        reports.MapGet("/benefits", GetBenefits).RequireProgrammeStaff("The benefits report is shown to the programme's coordinators and researchers.", Readers);
        reports.MapGet("/outcomes", GetOutcomes).RequireProgrammeStaff("The outcomes report is shown to the programme's coordinators, admins and researchers.", OutcomeReaders);
        reports.MapGet("/export", ExportResponses).RequireProgrammeStaff("Responses are exported for the programme's researchers and coordinators.", Readers);
        reports.MapGet("/before-after", GetBeforeAfter).RequireProgrammeStaff("The before/after report is shown to the programme's coordinators and researchers.", Readers);
        reports.MapGet("/cohort-comparison", CompareCohorts).RequireProgrammeStaff(CompareRefusal, Readers);
        return app;
    }

    /// <summary>Per effect dimension, a one-sample two-sided t-test against 0; the same split by whether the professional and personal dimensions were addressed; who wanted more meetings.</summary>
    public static async Task<Results<Ok<EffectsReport>, FileContentHttpResult, ProblemHttpResult>> GetEffects(
        Guid programmeId,
        [FromQuery] string? format,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var fileFormat = ReportDownload.Parse(format);
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        var report = await db.EffectsAsync(programme, cancellationToken);
        return fileFormat == ReportFormat.Json
            ? TypedResults.Ok(report)
            : ReportDownload.Result(ReportDocuments.Effects(report, programme, clock.GetUtcNow()), fileFormat);
    }

    /// <summary>
    /// Per effect dimension, each respondent's state at the baseline against the same rating at closure
    /// (1..7): a paired two-sided t-test over those who answered both. Mentees by default, or ?role=mentor.
    /// </summary>
    public static async Task<Results<Ok<BeforeAfterReport>, FileContentHttpResult, ProblemHttpResult>> GetBeforeAfter(
        Guid programmeId,
        [FromQuery] string? role,
        [FromQuery] string? format,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var respondents = QueryEnum.Parse<RespondentRole>(role, "role") ?? RespondentRole.Mentee;
        var fileFormat = ReportDownload.Parse(format);
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        var report = await db.BeforeAfterAsync(programme, respondents, cancellationToken);
        return fileFormat == ReportFormat.Json
            ? TypedResults.Ok(report)
            : ReportDownload.Result(ReportDocuments.BeforeAfter(report, programme, clock.GetUtcNow()), fileFormat);
    }

    /// <summary>
    /// Per closure effect dimension, this programme (A) against the programme "with" (B), say last year's
    /// cohort: Welch's two-sided t-test of the difference A - B. The caller reads both programmes' reports.
    /// </summary>
    public static async Task<Results<Ok<CohortComparisonReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CompareCohorts(
        Guid programmeId,
        [FromQuery(Name = "with")] string? with,
        [FromQuery] string? format,
        CurrentUser user,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var fileFormat = ReportDownload.Parse(format);
        if (!Guid.TryParse(with, out var otherId) || otherId == programmeId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["with"] = ["Give the id of the other programme to compare with, e.g. ?with=<programme id> of last year's cohort."],
            });
        }

        // The filter checked the programme in the route; the other one comes in the query string.
        if (!user.IsStaffOf(otherId, Readers))
            return ApiProblems.Forbidden(CompareRefusal);
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        var other = await db.Programmes.FindAsync([otherId], cancellationToken);
        if (other is null)
            return ApiProblems.NotFound("programme", otherId);
        var report = await db.CohortComparisonAsync(programme, other, cancellationToken);
        return fileFormat == ReportFormat.Json
            ? TypedResults.Ok(report)
            : ReportDownload.Result(ReportDocuments.CohortComparison(report, programme, other, clock.GetUtcNow()), fileFormat);
    }

    /// <summary>How often each perceived benefit was chosen (count and share of respondents asked), most frequent first.</summary>
    public static async Task<Results<Ok<BenefitsReport>, FileContentHttpResult, ProblemHttpResult>> GetBenefits(
        Guid programmeId,
        [FromQuery] string? format,
        HttpRequest http,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var fileFormat = ReportDownload.Parse(format);
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        var report = await db.BenefitsAsync(programmeId, TextLanguages.Choose(http), cancellationToken);
        return fileFormat == ReportFormat.Json
            ? TypedResults.Ok(report)
            : ReportDownload.Result(ReportDocuments.Benefits(report, programme, clock.GetUtcNow()), fileFormat);
    }

    /// <summary>Pairs formed, active and closed by outcome, durations, meetings per pair and survey response rates.</summary>
    public static async Task<Results<Ok<OutcomesReport>, FileContentHttpResult, ProblemHttpResult>> GetOutcomes(
        Guid programmeId,
        [FromQuery] string? format,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var fileFormat = ReportDownload.Parse(format);
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        var report = await db.OutcomesAsync(programmeId, cancellationToken);
        return fileFormat == ReportFormat.Json
            ? TypedResults.Ok(report)
            : ReportDownload.Result(ReportDocuments.Outcomes(report, programme, clock.GetUtcNow()), fileFormat);
    }

    /// <summary>Anonymised responses as CSV (default) or XLSX: one row per completed survey, pseudonymous respondent codes, no ids, no free text.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportResponses(
        Guid programmeId,
        [FromQuery] string? format,
        EvaluationDbContext db,
        CancellationToken cancellationToken)
    {
        var fileFormat = QueryEnum.Parse<ExportFormat>(format, "format") ?? ExportFormat.Csv;
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);

        var table = await db.ResponsesExportAsync(programme, cancellationToken);
        return TableFiles.Result(table, fileFormat, $"evaluation-responses-{programmeId}");
    }
}
