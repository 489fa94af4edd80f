using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Partners;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Apis;

/// <summary>
/// A pair member's view of their partner. Enrollment holds the profiles; it learns who is paired with
/// whom, and how far, from Matching's and Pairing's events (ids only), and decides here what is shown.
/// </summary>
public static class PartnersApi
{
    public static IEndpointRouteBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pairs/{pairId:guid}/partner", GetPartner).WithTags("Partners");
        return app;
    }

    /// <summary>
    /// 404 for anyone outside the pair and while there is nothing to show yet (a mentee before the
    /// mentor accepts, or before the proposal's event has arrived): an outsider learns nothing either way.
    /// </summary>
    public static async Task<Results<Ok<PartnerView>, ProblemHttpResult>> GetPartner(
        Guid pairId,
        CurrentUser user,
        EnrollmentDbContext db,
        CancellationToken cancellationToken)
    {
        var disclosure = await db.PairDisclosures.AsNoTracking().FirstOrDefaultAsync(d => d.PairId == pairId, cancellationToken);
        if (disclosure is null || !disclosure.ShowsProfileTo(user.PersonId))
            return PartnerNotShown(pairId);

        var (partnerId, partnerRole) = disclosure.PartnerOf(user.PersonId)!.Value;
        var partner = await db.Applications.AsNoTracking()
            .Where(a => a.ProgrammeId == disclosure.ProgrammeId && a.PersonId == partnerId && a.Role == partnerRole)
            .OrderByDescending(a => a.Status == ApplicationStatus.Approved).ThenByDescending(a => a.SubmittedAt)
            .FirstOrDefaultAsync(cancellationToken);
        // No application left: the partner erased their data.
        return partner is null ? PartnerNotShown(pairId) : TypedResults.Ok(PartnerView.From(disclosure, user.PersonId, partner));
    }

    private static ProblemHttpResult PartnerNotShown(Guid pairId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "The partner is not shown.",
        detail: $"Pair {pairId} has no partner you may see yet: a mentee sees their mentor once the mentor accepts.");
}
