using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Matching.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Pairing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Tests.Integration;

public sealed class RematchTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task A_declined_pair_queues_a_rematch_with_another_mentor_and_is_never_proposed_again()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 2, mentees: 1);
        var round = await cohort.RunRoundAsync();
        await cohort.PublishAsync(round.GetProperty("round").GetProperty("id").GetGuid());
        var proposed = Assert.Single(await factory.PublishedAsync<MatchProposed>(), e => e.ProgrammeId == cohort.ProgrammeId);

        await factory.PublishAsync(new MentorDeclined(proposed.PairId, cohort.ProgrammeId, proposed.MenteeId, proposed.MentorId, DateTimeOffset.UtcNow));

        var rematchId = await MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, object?>(async db =>
            await db.Rounds.Where(r => r.ProgrammeId == cohort.ProgrammeId && r.Kind == RoundKind.Rematch)
                .Select(r => (object?)r.Id).FirstOrDefaultAsync()));
        var rematch = await cohort.WaitForRoundAsync((Guid)rematchId);
        Assert.Equal("rematch", rematch.GetProperty("round").GetProperty("kind").GetString());
        var proposal = Assert.Single(rematch.GetProperty("proposals").GetProperty("items").EnumerateArray());
        Assert.Equal(proposed.MenteeId, proposal.GetProperty("menteeId").GetGuid());
        Assert.NotEqual(proposed.MentorId, proposal.GetProperty("mentorId").GetGuid());

        var declined = await factory.QueryAsync<MatchingDbContext, int>(db =>
            db.DeclinedPairs.CountAsync(d => d.ProgrammeId == cohort.ProgrammeId && d.MentorId == proposed.MentorId));
        Assert.Equal(1, declined);
    }

    [Fact]
    public async Task A_first_meeting_that_fits_changes_nothing_and_one_that_does_not_returns_the_mentee()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 2, mentees: 2);
        var round = await cohort.RunRoundAsync();
        await cohort.PublishAsync(round.GetProperty("round").GetProperty("id").GetGuid());
        var pairs = (await factory.PublishedAsync<MatchProposed>()).Where(e => e.ProgrammeId == cohort.ProgrammeId).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await factory.PublishAsync(new FirstMeetingHeld(pairs[0].PairId, cohort.ProgrammeId, pairs[0].MenteeId, pairs[0].MentorId, today, Fit: true));
        await factory.PublishAsync(new FirstMeetingHeld(pairs[1].PairId, cohort.ProgrammeId, pairs[1].MenteeId, pairs[1].MentorId, today, Fit: false));

        var pool = await MatchingFactory.EventuallyAsync<object>(async () =>
        {
            var view = await cohort.Coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{cohort.ProgrammeId}/matching/pool");
            return view.GetProperty("declinedPairs").GetInt32() == 1 ? view : null;
        });
        Assert.Equal(1, ((JsonElement)pool).GetProperty("menteesWaiting").GetInt32());
        Assert.Equal(1, ((JsonElement)pool).GetProperty("freeSeats").GetInt32());
    }

    [Fact]
    public async Task A_closed_pair_frees_the_mentor_seat_without_returning_the_mentee()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var round = await cohort.RunRoundAsync();
        await cohort.PublishAsync(round.GetProperty("round").GetProperty("id").GetGuid());
        var pair = Assert.Single(await factory.PublishedAsync<MatchProposed>(), e => e.ProgrammeId == cohort.ProgrammeId);

        var closed = new PairClosed(pair.PairId, cohort.ProgrammeId, pair.MenteeId, pair.MentorId, "job", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 4);
        await factory.PublishAsync(closed);
        await factory.PublishAsync(closed);

        await MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, object?>(async db =>
            await db.Placements.AnyAsync(p => p.PairId == pair.PairId && p.Status == PlacementStatus.Closed) ? true : null));
        var pool = await cohort.Coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{cohort.ProgrammeId}/matching/pool");
        Assert.Equal(0, pool.GetProperty("menteesWaiting").GetInt32());
        Assert.Equal(1, pool.GetProperty("freeSeats").GetInt32());
        Assert.Equal(0, await factory.QueryAsync<MatchingDbContext, int>(db =>
            db.Rounds.CountAsync(r => r.ProgrammeId == cohort.ProgrammeId && r.Kind == RoundKind.Rematch)));
    }
}
