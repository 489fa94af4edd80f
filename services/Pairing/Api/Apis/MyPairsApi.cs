using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Apis;

/// <summary>The caller's own pairs, as mentee or mentor, for front ends to list and act on.</summary>
public static class MyPairsApi
{
    public static IEndpointRouteBuilder MapMyPairsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/me/pairs").WithTags("Pairs").MapGet("", ListMyPairs);
        return app;
    }

    public static async Task<Ok<PagedResult<MyPairSummary>>> ListMyPairs(
        [FromQuery] string? status,
        [AsParameters] PageQuery page,
        CurrentUser user,
        PairingDbContext db,
        CancellationToken cancellationToken)
    {
        var statusFilter = QueryEnum.Parse<PairStatus>(status, "status");
        var me = user.PersonId;
        var pairs = db.Pairs.AsNoTracking().Where(p => p.MenteeId == me || p.MentorId == me);
        if (statusFilter is { } only)
            pairs = pairs.Where(p => p.Status == only);

        var result = await pairs
            .OrderByDescending(p => p.ProposedAt).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.ProgrammeId, p.MenteeId, p.MentorId, p.Status, p.ProposedAt, p.ActivatedAt, p.ClosedAt,
                p.MenteeSignedAt, p.MentorSignedAt,
            })
            .ToPageAsync(page, cancellationToken);

        var items = result.Items
            .Select(p =>
            {
                var role = p.MenteeId == me ? PairMember.Mentee : PairMember.Mentor;
                var awaitingYou = p.Status switch
                {
                    PairStatus.Proposed => role == PairMember.Mentor,
                    PairStatus.AwaitingMentee => role == PairMember.Mentee,
                    PairStatus.Introduced => true,
                    PairStatus.Contracting => (role == PairMember.Mentee ? p.MenteeSignedAt : p.MentorSignedAt) is null,
                    _ => false,
                };
                return new MyPairSummary(
                    p.Id, p.ProgrammeId, p.MenteeId, p.MentorId, role, p.Status, p.ProposedAt, p.ActivatedAt, p.ClosedAt, awaitingYou);
            })
            .ToList();
        return TypedResults.Ok(new PagedResult<MyPairSummary>(items, result.Page, result.PageSize, result.Total));
    }
}
