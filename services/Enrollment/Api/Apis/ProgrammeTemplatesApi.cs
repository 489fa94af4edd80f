using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain.Templates;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Enrollment.Apis;

public static class ProgrammeTemplatesApi
{
    public static IEndpointRouteBuilder MapProgrammeTemplatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/programme-templates", ListTemplates).WithTags("Programmes");
        return app;
    }

    /// <summary>The five built-in templates with their rules, steps and default settings.</summary>
    public static Results<Ok<List<ProgrammeTemplateView>>, ProblemHttpResult> ListTemplates(CurrentUser user, HttpRequest http) =>
        user.IsOps || user.Roles.Overlaps(PlatformRoles.Staff)
            ? TypedResults.Ok(ProgrammeTemplates.All.Select(template => ProgrammeTemplateView.From(template, TextLanguages.Choose(http))).ToList())
            : ApiProblems.Forbidden(EnrollmentTexts.All.InUiLanguage("problem.programme-templates.staff-only"));
}
