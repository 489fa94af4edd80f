using System.Net;
using System.Net.Http.Json;
using Mentorship.Matching.Contracts;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class PersonErasureTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task The_export_shows_the_pair_and_an_erasure_delivered_twice_pseudonymises_it_and_confirms_once()
    {
        var programme = Guid.NewGuid();
        var mentee = TestUser.Mentee();
        var mentor = TestUser.Mentor();
        var pairId = Guid.NewGuid();
        await factory.PublishAsync(new MatchProposed(pairId, Guid.NewGuid(), programme, mentee.PersonId, mentor.PersonId, 0.8, DateTimeOffset.UtcNow));

        var pairs = await factory.AssertExportedAsync(mentee, programme, "pairs");

        Assert.Equal(pairId, pairs[0].GetProperty("id").GetGuid());
        await factory.AssertErasedOnceAsync(mentee.PersonId, ResourceNames.Pairing);
        // The partner keeps the pair, with a mentee nobody can name.
        var kept = await factory.AssertExportedAsync(mentor, programme, "pairs");
        Assert.NotEqual(mentee.PersonId, kept[0].GetProperty("mentee_id").GetGuid());
    }

    [Fact]
    public async Task A_member_s_export_holds_the_meetings_and_the_follow_up_log_of_their_pairs_and_not_others()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        var other = await (await PairHarness.ProposeAsync(factory, pair.ProgrammeId)).ActiveAsync();
        foreach (var logged in new[] { pair, other })
            await PairHarness.ExpectAsync(
                logged.Coordinator.PostAsJsonAsync($"{logged.Url}/follow-up", new { kind = "meeting-note", progress = $"Progress of {logged.PairId}." }),
                HttpStatusCode.Created);

        var entries = await factory.AssertExportedAsync(TestUser.Mentee(pair.MenteeId), pair.ProgrammeId, "follow_up_entries");

        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal((pair.PairId, $"Progress of {pair.PairId}."), (entry.GetProperty("pair_id").GetGuid(), entry.GetProperty("progress").GetString()));
    }

    [Fact]
    public async Task Erasing_a_member_clears_the_words_of_the_pair_s_follow_up_and_interviews_and_keeps_their_counts()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        await PairHarness.ExpectAsync(
            pair.Coordinator.PostAsJsonAsync($"{pair.Url}/follow-up", new { kind = "meeting-note", progress = "Found a training.", nextActions = new[] { "Enrol" } }),
            HttpStatusCode.Created);
        await PairHarness.ExpectAsync(
            pair.Coordinator.PutAsJsonAsync(
                $"{pair.Url}/closing-interview/mentee",
                new { heldOn = PairHarness.Today, satisfaction = 4, goalsReached = "mostly", whatWorked = "Her network.", wouldRecommend = true }),
            HttpStatusCode.OK);

        await factory.AssertErasedOnceAsync(pair.MenteeId, ResourceNames.Pairing);

        var log = await (await PairHarness.ExpectAsync(pair.Coordinator.GetAsync($"{pair.Url}/follow-up"), HttpStatusCode.OK))
            .Content.ReadFromJsonAsync<PagedResult<FollowUpEntryView>>(TestJson.Options);
        var entry = Assert.Single(log!.Items);
        Assert.Equal((FollowUpKind.MeetingNote, (string?)null, 0), (entry.Kind, entry.Progress, entry.NextActions.Count));
        var interview = Assert.Single((await pair.GetAsync(pair.Coordinator)).ClosingInterviews!);
        Assert.Equal((4, GoalsReached.Mostly, (string?)null), (interview.Satisfaction, interview.GoalsReached, interview.WhatWorked));
    }
}
