using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain.Reports;
using Mentorship.Evaluation.Domain.Templates;
using Mentorship.Evaluation.ReportFiles;
using Mentorship.Evaluation.Resources;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Apis;

/// <summary>
/// Reports across the programmes of one template, such as the six T'M universities' for the Fédération
/// Wallonie-Bruxelles. Federation ops see every institution; a coordinator or researcher sees the rows of
/// the programmes they are staff of, and the federation total, which is aggregates only.
/// </summary>
public static class RollupApi
{
    private static readonly string[] Readers = [PlatformRoles.Coordinator, PlatformRoles.Researcher];

    public static IEndpointRouteBuilder MapRollupApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports").WithTags("Reports").MapGet("/rollup", GetRollup);
        return app;
    }

    /// <summary>One row per institution (its programmes summed) and the federation total; JSON, or ?format=csv|xlsx|pdf.</summary>
    public static async Task<Results<Ok<RollupReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetRollup(
        [FromQuery] string? template,
        [FromQuery] string? format,
        CurrentUser user,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var fileFormat = ReportDownload.Parse(format);
        if (template is null || !SurveyTemplates.ProgrammeTemplateIds.Contains(template))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["template"] = [$"template must be one of: {string.Join(", ", SurveyTemplates.ProgrammeTemplateIds)}."],
            });
        }

        var staffOf = Readers.SelectMany(user.ProgrammesWhere).ToHashSet();
        if (!user.IsOps && !await db.Programmes.AnyAsync(p => p.TemplateId == template && staffOf.Contains(p.Id), cancellationToken))
            return ApiProblems.Forbidden(EvaluationTexts.All.InUiLanguage("problem.rollup.staff-only", template));

        var report = await db.RollupAsync(template, programmeId => user.IsOps || staffOf.Contains(programmeId), cancellationToken);
        return fileFormat == ReportFormat.Json
            ? TypedResults.Ok(report)
            : ReportDownload.Result(RollupDocument.Build(report, clock.GetUtcNow()), fileFormat);
    }
}
