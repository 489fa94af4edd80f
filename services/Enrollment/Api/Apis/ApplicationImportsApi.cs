using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Imports;
using Mentorship.Enrollment.Imports;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Export;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Apis;

/// <summary>
/// Applications from a CSV or XLSX file (partner-led recruitment: a whole cohort at once). A preview
/// checks every row as the single-application route would and writes nothing; an import is queued
/// (202) and written in the background in batches, its progress and per-row results at the import's
/// own resource. Imported applications are submitted; staff still approve them.
/// </summary>
public static class ApplicationImportsApi
{
    private static readonly string[] Importers = [PlatformRoles.Coordinator, PlatformRoles.ProgrammeAdmin];

    public static IEndpointRouteBuilder MapApplicationImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/programmes/{programmeId:guid}/applications").WithTags("Application imports")
            .RequireProgrammeStaff("Applications are imported by the programme's coordinators and admins.", Importers);
        imports.MapPost("/import", ImportApplications)
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        imports.MapGet("/import/template", DownloadTemplate);
        imports.MapGet("/imports/{importId:guid}", GetImport);
        return app;
    }

    /// <summary>?mode=preview (or dryRun=true) checks and answers 200 with every row; ?mode=import (the default) answers 202 with the import.</summary>
    public static async Task<Results<Ok<ImportPreview>, Accepted<ImportView>, ValidationProblem, ProblemHttpResult>> ImportApplications(
        Guid programmeId,
        [FromQuery] string? mode,
        [FromQuery] bool? dryRun,
        HttpRequest request,
        CurrentUser user,
        EnrollmentDbContext db,
        ImportChecker checker,
        ImportSignal signal,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var preview = IsPreview(mode, dryRun);
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);

        var upload = await ImportUpload.ReadAsync(request, cancellationToken);
        if (upload.Problem is { } problem)
            return problem;
        ImportSheet sheet;
        try
        {
            sheet = ImportFiles.Read(upload.Content, upload.Format);
        }
        catch (ImportFileException unusable)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["file"] = [unusable.Message] }, title: "The file cannot be imported.");
        }

        if (!preview)
        {
            var import = ApplicationImport.Queue(
                programmeId, upload.FileName, upload.Format, upload.Content, sheet.Rows.Count, user.PersonId, clock.GetUtcNow());
            db.Add(import);
            await db.SaveChangesAsync(cancellationToken);
            signal.Notify();
            return TypedResults.Accepted($"/api/programmes/{programmeId}/applications/imports/{import.Id}", ImportView.From(import, rows: null));
        }

        var rows = await ImportChecker.MarkExistingAsync(db, programmeId, checker.Check(sheet), cancellationToken);
        var now = clock.GetUtcNow();
        var views = rows.Select(row => new ImportRowView(
                row.Row, row.Status, row.Errors, ApplicationId: null,
                row.Status == ImportRowStatus.Valid ? ApplicationsApi.NewApplication(programme, row.Request!, row.PersonId, user.PersonId, now).Eligible : null))
            .ToList();
        return TypedResults.Ok(new ImportPreview(
            views.Count,
            views.Count(v => v.Status == ImportRowStatus.Valid),
            views.Count(v => v.Status == ImportRowStatus.Invalid),
            views.Count(v => v.Status == ImportRowStatus.Duplicate),
            views));
    }

    /// <summary>The import's progress and, one page at a time, its row results (?status=invalid for the refused rows).</summary>
    public static async Task<Results<Ok<ImportView>, ProblemHttpResult>> GetImport(
        Guid programmeId,
        Guid importId,
        [FromQuery] string? status,
        [AsParameters] PageQuery page,
        EnrollmentDbContext db,
        CancellationToken cancellationToken)
    {
        var import = await db.Set<ApplicationImport>().AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == importId && i.ProgrammeId == programmeId, cancellationToken);
        if (import is null)
            return ApiProblems.NotFound("import", importId);

        var statusFilter = QueryEnum.Parse<ImportRowStatus>(status, "status");
        var query = db.Set<ImportRowOutcome>().AsNoTracking().Where(o => o.ImportId == importId);
        if (statusFilter is { } s)
            query = query.Where(o => o.Status == s);
        var rows = await query.OrderBy(o => o.Row).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(ImportView.From(import, new PagedResult<ImportRowView>(
            rows.Items.Select(ImportRowView.From).ToList(), rows.Page, rows.PageSize, rows.Total)));
    }

    /// <summary>The programme's import file with its answer columns and an example row per role (?format=csv|xlsx).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadTemplate(
        Guid programmeId,
        [FromQuery] string? format,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var fileFormat = QueryEnum.Parse<ExportFormat>(format, "format") ?? ExportFormat.Csv;
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TableFiles.Result(ImportTemplate.For(programme, today), fileFormat, $"applications-{programme.TemplateId}");
    }

    private static bool IsPreview(string? mode, bool? dryRun)
    {
        var preview = mode?.Trim().ToLowerInvariant() switch
        {
            null or "" => (bool?)null,
            "preview" => true,
            "import" => false,
            _ => throw new RequestValidationException("mode", $"'{mode}' is not one of: preview, import."),
        };
        if (preview is { } chosen && dryRun is { } dry && chosen != dry)
            throw new RequestValidationException("dryRun", "dryRun contradicts mode; give one of them.");
        return preview ?? dryRun ?? false;
    }
}
