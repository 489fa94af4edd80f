using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Data;
using Mentorship.Identity.Contracts;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Resources;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Identity.Apis;

/// <summary>
/// Staff roles per programme, granted and revoked by the programme's admin (a live grant in this
/// database, so a revocation counts at once) or by ops, every change written to staff_audit and
/// announced (StaffRoleGranted, StaffRoleRevoked) in the same commit.
/// </summary>
public static class StaffApi
{
    private static string Refusal => IdentityTexts.All.InUiLanguage("problem.staff.managed-by");

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/programmes/{programmeId:guid}/staff")
            .WithTags("Staff")
            .RequireAuthorization(IdentityCallers.Policy)
            .AddEndpointFilter(RequireProgrammeAdmin);
        staff.MapGet("", ListStaff);
        staff.MapPost("", GrantRole).WithValidation<GrantStaffRequest>();
        staff.MapDelete("/{personId:guid}/{role}", RevokeRole);
        return app;
    }

    public static async Task<Ok<List<StaffMemberView>>> ListStaff(Guid programmeId, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var staff = await db.StaffAssignments.AsNoTracking()
            .Where(a => a.ProgrammeId == programmeId && a.RevokedAt == null)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { Assignment = a, p.DisplayName })
            .OrderBy(s => s.DisplayName).ThenBy(s => s.Assignment.Role)
            .Select(s => new StaffMemberView(s.Assignment.PersonId, s.DisplayName, s.Assignment.Role, s.Assignment.GrantedBy, s.Assignment.GrantedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(staff);
    }

    public static async Task<Results<Created<StaffMemberView>, ValidationProblem, ProblemHttpResult>> GrantRole(
        Guid programmeId,
        GrantStaffRequest request,
        CurrentUser user,
        IdentityDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken);
        if (person is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = [IdentityTexts.All.InUiLanguage("problem.staff.person-unknown")] });

        var live = await db.StaffAssignments.AnyAsync(
            a => a.ProgrammeId == programmeId && a.PersonId == person.Id && a.Role == request.Role && a.RevokedAt == null, cancellationToken);
        if (live)
            return ApiProblems.Conflict(IdentityTexts.All.InUiLanguage("problem.staff.role-held", request.Role));

        var now = clock.GetUtcNow();
        var assignment = new StaffAssignment
        {
            Id = Guid.CreateVersion7(now),
            PersonId = person.Id,
            ProgrammeId = programmeId,
            Role = request.Role!,
            GrantedBy = user.PersonId,
            GrantedAt = now,
        };
        db.StaffAssignments.Add(assignment);
        db.StaffAudit.Add(Audit(assignment, StaffChange.Granted, user.PersonId, now));
        db.AddEvent(new StaffRoleGranted(programmeId, assignment.PersonId, assignment.Role, now), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict(IdentityTexts.All.InUiLanguage("problem.staff.role-held", request.Role));
        }

        return TypedResults.Created(
            $"/api/programmes/{programmeId}/staff",
            new StaffMemberView(person.Id, person.DisplayName, assignment.Role, assignment.GrantedBy, assignment.GrantedAt));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeRole(
        Guid programmeId,
        Guid personId,
        string role,
        CurrentUser user,
        IdentityDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!StaffRoles.All.Contains(role))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [IdentityTexts.All.InUiLanguage("problem.staff.role-one-of", string.Join(", ", StaffRoles.All))] });

        var assignment = await db.StaffAssignments.FirstOrDefaultAsync(
            a => a.ProgrammeId == programmeId && a.PersonId == personId && a.Role == role && a.RevokedAt == null, cancellationToken);
        if (assignment is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The grant was not found.",
                detail: $"Person {personId} holds no role {role} in this programme.");

        var now = clock.GetUtcNow();
        assignment.RevokedAt = now;
        assignment.RevokedBy = user.PersonId;
        db.StaffAudit.Add(Audit(assignment, StaffChange.Revoked, user.PersonId, now));
        db.AddEvent(new StaffRoleRevoked(programmeId, assignment.PersonId, assignment.Role, now), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Before anything else, validation included: an outsider learns nothing about the programme's staff.</summary>
    private static async ValueTask<object?> RequireProgrammeAdmin(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var user = CurrentUser.From(http.User);
        if (user.IsOps)
            return await next(context);

        var programmeId = Guid.Parse((string)http.Request.RouteValues["programmeId"]!);
        var db = http.RequestServices.GetRequiredService<IdentityDbContext>();
        var admin = await db.StaffAssignments.AnyAsync(
            a => a.ProgrammeId == programmeId && a.PersonId == user.PersonId && a.Role == PlatformRoles.ProgrammeAdmin && a.RevokedAt == null,
            http.RequestAborted);
        return admin ? await next(context) : ApiProblems.Forbidden(Refusal);
    }

    private static StaffAuditEntry Audit(StaffAssignment assignment, StaffChange change, Guid actor, DateTimeOffset at) => new()
    {
        ProgrammeId = assignment.ProgrammeId,
        PersonId = assignment.PersonId,
        Role = assignment.Role,
        Change = change,
        ActorId = actor,
        At = at,
    };
}
