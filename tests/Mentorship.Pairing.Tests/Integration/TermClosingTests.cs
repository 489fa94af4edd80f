using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>Active pairs still going 14 days (Pairing:TermGraceDays) after their programme's term, on a fake clock.</summary>
public sealed class TermClosingTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    private async Task<PairHarness> ActiveInSixMonthProgrammeAsync()
    {
        var programmeId = Guid.NewGuid();
        await PairHarness.PublishProgrammeAndWaitAsync(factory, programmeId, durationMonths: 6);
        return await (await PairHarness.ProposeAsync(factory, programmeId)).ActiveAsync();
    }

    [Fact]
    public async Task A_pair_active_past_its_term_and_grace_is_closed_as_term_reached_by_the_system_and_announced()
    {
        var pair = await ActiveInSixMonthProgrammeAsync();
        var activatedOn = CalendarDays.Of((await pair.GetAsync(pair.Coordinator)).ActivatedAt!.Value);
        var termOn = activatedOn.AddMonths(6);

        factory.Clock.Advance((termOn.AddDays(13).ToDateTime(TimeOnly.MinValue) - factory.Today.ToDateTime(TimeOnly.MinValue)));
        await factory.CloseTermsAsync();
        var withinGrace = await pair.GetAsync(pair.Coordinator);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.CloseTermsAsync();

        Assert.Equal(PairStatus.Active, withinGrace.Status);
        var view = await pair.GetAsync(pair.Coordinator);
        Assert.Equal((PairStatus.Closed, PairOutcome.TermReached), (view.Status, view.Closure!.Outcome));
        var closedBy = await factory.QueryAsync<PairingDbContext, Guid?>(db => db.Pairs.Where(p => p.Id == pair.PairId).Select(p => p.ClosedBy).SingleAsync());
        Assert.Equal(Pair.SystemActor, closedBy);
        var closed = Assert.Single(await factory.PublishedAsync<PairClosed>(), e => e.PairId == pair.PairId);
        Assert.Equal(("term-reached", view.ActivatedAt, view.Closure.ClosedAt), (closed.Outcome, closed.ActivatedAt, closed.ClosedAt));
    }

    [Fact]
    public async Task Two_replicas_running_at_once_and_a_rerun_close_each_pair_once()
    {
        var pairs = new List<PairHarness>();
        for (var i = 0; i < 3; i++)
            pairs.Add(await ActiveInSixMonthProgrammeAsync());

        factory.Clock.Advance(TimeSpan.FromDays(220));
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(factory.CloseTermsAsync)));
        await factory.CloseTermsAsync();

        Assert.True(runs.Sum() >= pairs.Count);
        var published = await factory.PublishedAsync<PairClosed>();
        Assert.All(pairs, pair => Assert.Single(published, e => e.PairId == pair.PairId));
    }

    [Fact]
    public async Task Pairs_closed_by_hand_or_not_yet_active_are_left_alone()
    {
        var closedByHand = await ActiveInSixMonthProgrammeAsync();
        await PairHarness.ExpectAsync(closedByHand.Coordinator.PostAsJsonAsync($"{closedByHand.Url}/close", new { outcome = "job" }), HttpStatusCode.OK);
        var contracting = await (await PairHarness.ProposeAsync(factory, closedByHand.ProgrammeId)).ContractingAsync();

        factory.Clock.Advance(TimeSpan.FromDays(220));
        await factory.CloseTermsAsync();

        Assert.Equal(PairOutcome.Job, (await closedByHand.GetAsync(closedByHand.Coordinator)).Closure!.Outcome);
        Assert.Equal(PairStatus.Contracting, (await contracting.GetAsync(contracting.Coordinator)).Status);
        Assert.Equal(["job"], (await factory.PublishedAsync<PairClosed>()).Where(e => e.PairId == closedByHand.PairId).Select(e => e.Outcome));
    }

    [Fact]
    public void A_negative_grace_stops_the_service_at_start()
    {
        using var invalid = factory.WithWebHostBuilder(builder => builder.UseSetting("Pairing:TermGraceDays", "-1"));

        var refused = Assert.ThrowsAny<Exception>(() => invalid.Services);

        Assert.Contains("TermGraceDays", refused.ToString());
    }
}
