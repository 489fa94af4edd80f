using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Caching;
using Mentorship.Messaging.Data;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Messaging.Apis;

public static class UnreadApi
{
    public static IEndpointRouteBuilder MapUnreadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/unread", GetUnread).WithTags("Pair threads");
        return app;
    }

    /// <summary>Unread messages per pair, from Redis; rebuilt from the read markers (and Redis re-seeded) when Redis has none.</summary>
    public static async Task<Ok<UnreadView>> GetUnread(
        CurrentUser user,
        MessagingDbContext db,
        UnreadCounters counters,
        CancellationToken cancellationToken)
    {
        var counts = await counters.ReadAsync(user.PersonId);
        if (counts is null)
        {
            counts = await db.UnreadByPairAsync(user.PersonId, cancellationToken);
            await counters.SeedAsync(user.PersonId, counts);
        }

        var pairs = counts
            .Where(c => c.Value > 0)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key)
            .Select(c => new PairUnread(c.Key, c.Value))
            .ToList();
        return TypedResults.Ok(new UnreadView(pairs.Sum(p => p.Unread), pairs));
    }
}
