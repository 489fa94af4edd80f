using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Messaging.Apis;

/// <summary>A programme's tiers of escalation contacts for concerns, set by its coordinators, per lab where the programme has labs.</summary>
public static class EscalationPolicyApi
{
    private const string CoordinatorsOnly = "A programme's escalation contacts are set and read by its coordinators.";

    public static IEndpointRouteBuilder MapEscalationPolicyApi(this IEndpointRouteBuilder app)
    {
        var policy = app.MapGroup("/api/programmes/{programmeId:guid}/concern-escalation").WithTags("Concerns")
            .RequireProgrammeStaff(CoordinatorsOnly, PlatformRoles.Coordinator);
        policy.MapGet("", GetPolicy);
        policy.MapPut("", SetPolicy).WithValidation<EscalationPolicyRequest>();
        return app;
    }

    public static async Task<Results<Ok<EscalationPolicyView>, ProblemHttpResult>> GetPolicy(
        Guid programmeId, [FromQuery] string? lab, MessagingDbContext db, CancellationToken cancellationToken)
    {
        var key = lab?.Trim() ?? "";
        var policy = await db.EscalationPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.Lab == key, cancellationToken);
        return policy is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The escalation policy was not found.",
                detail: $"Programme {programmeId} has no escalation contacts{(key.Length > 0 ? $" for lab {key}" : "")}.")
            : TypedResults.Ok(EscalationPolicyView.From(policy));
    }

    /// <summary>Replaces the policy; concerns already raised follow the new tiers from their next escalation.</summary>
    public static async Task<Results<Ok<EscalationPolicyView>, ProblemHttpResult>> SetPolicy(
        Guid programmeId, EscalationPolicyRequest request, CurrentUser user, MessagingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = request.Lab?.Trim() ?? "";
        var policy = await db.EscalationPolicies.FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.Lab == key, cancellationToken);
        if (policy is null)
        {
            policy = new EscalationPolicy { ProgrammeId = programmeId, Lab = key };
            db.EscalationPolicies.Add(policy);
        }

        policy.FirstResponseWithin = TimeSpan.FromHours(request.FirstResponseHours!.Value);
        policy.Tiers = request.Tiers!
            .Select(t => new EscalationTier { Contacts = t.Contacts!, AcknowledgeWithin = TimeSpan.FromHours(t.AcknowledgeWithinHours!.Value) })
            .ToList();
        policy.UpdatedBy = user.PersonId;
        policy.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict(MessagingTexts.All.InUiLanguage("problem.escalation-policy.changed-meanwhile"));
        }

        return TypedResults.Ok(EscalationPolicyView.From(policy));
    }
}
