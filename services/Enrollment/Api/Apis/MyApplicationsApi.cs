using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Data;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Apis;

/// <summary>The signed-in person's own applications across programmes: where they stand and what they consented to.</summary>
public static class MyApplicationsApi
{
    public static IEndpointRouteBuilder MapMyApplicationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/applications", ListMyApplications).WithTags("Applications");
        return app;
    }

    public static async Task<Ok<PagedResult<MyApplicationView>>> ListMyApplications(
        [AsParameters] PageQuery page,
        CurrentUser user,
        EnrollmentDbContext db,
        CancellationToken cancellationToken)
    {
        var result = await db.Applications.AsNoTracking()
            .Where(a => a.PersonId == user.PersonId)
            .OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Join(db.Programmes, a => a.ProgrammeId, p => p.Id, (a, p) => new { Application = a, ProgrammeName = p.Name })
            .ToPageAsync(page, cancellationToken);
        var items = result.Items
            .Select(row => new MyApplicationView(
                row.Application.Id, row.Application.ProgrammeId, row.ProgrammeName, row.Application.Role, row.Application.Status,
                row.Application.SubmittedAt, ConsentView.From(row.Application.Consent)))
            .ToList();
        return TypedResults.Ok(new PagedResult<MyApplicationView>(items, result.Page, result.PageSize, result.Total));
    }
}
