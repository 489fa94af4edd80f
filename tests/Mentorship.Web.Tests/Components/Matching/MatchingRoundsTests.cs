using System.Net;
using Bunit;
using Bunit.Extensions.WaitForHelpers;
using Mentorship.Web.Components.Matching;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components.Matching;

public sealed class MatchingRoundsTests() : WebTestContext(persona: "coordinator")
{
    private readonly Guid _programmeId = Guid.NewGuid();
    private readonly Guid _roundId = Guid.NewGuid();
    private readonly Guid _menteeId = Guid.NewGuid();
    private readonly Guid _mentorId = Guid.NewGuid();

    private string RoundsRoute => $"GET /api/programmes/{_programmeId}/matching-rounds?page=1&pageSize={MatchingRounds.HistoryPageSize}";

    private string RoundRoute => $"GET /api/matching-rounds/{_roundId}?page=1&pageSize={MatchingRounds.PageSize}";

    [Fact]
    public void A_started_round_s_progress_bar_follows_each_poll_until_it_is_full_and_the_proposals_show()
    {
        Gateway
            .Answer(RoundsRoute, HttpStatusCode.OK, MatchingSamples.Rounds())
            .Answer($"POST /api/programmes/{_programmeId}/matching-rounds", HttpStatusCode.Accepted, $$"""{ "roundId": "{{_roundId}}", "status": "queued" }""")
            .AnswerInTurn(RoundRoute, HttpStatusCode.OK,
                MatchingSamples.Round(_roundId, "queued"),
                MatchingSamples.Round(_roundId, "running", "scoring", 0.4),
                MatchingSamples.Round(_roundId, "running", "solving", 0.8),
                MatchingSamples.Round(_roundId, "completed", fraction: 1, proposals: MatchingSamples.Proposal(_menteeId, _mentorId), proposalsTotal: 1));
        var rounds = RenderRounds();

        rounds.Find("#round-mode").Change("max-score");
        rounds.Find("form.start-round").Submit();

        rounds.WaitForAssertion(() => Assert.Equal("0", rounds.Find("progress").GetAttribute("value")));
        Assert.Contains("Waiting to start", rounds.Find(".progress-text").TextContent);
        PollUntil(rounds, () => Assert.Equal("40", rounds.Find("progress").GetAttribute("value")));
        Assert.Equal("Scoring the pairs · 40 %", rounds.Find(".progress-text").TextContent);
        PollUntil(rounds, () => Assert.Equal("80", rounds.Find("progress").GetAttribute("value")));
        PollUntil(rounds, () => Assert.Single(rounds.FindAll(".proposals li")));
        Assert.Equal("100", rounds.Find("progress").GetAttribute("value"));
        Assert.Equal("Done · 100 %", rounds.Find(".progress-text").TextContent);
        Assert.Contains("\"mode\":\"max-score\"", Gateway.Requests.Single(r => r.Route.StartsWith("POST", StringComparison.Ordinal)).Body);
    }

    [Fact]
    public void Each_proposal_explains_its_score_criterion_by_criterion_with_the_participants_names()
    {
        Gateway
            .Answer(RoundsRoute, HttpStatusCode.OK, MatchingSamples.Rounds(MatchingSamples.RoundSummary(_roundId, "completed"), 1))
            .Answer(RoundRoute, HttpStatusCode.OK,
                MatchingSamples.Round(_roundId, "completed", fraction: 1, proposals: MatchingSamples.Proposal(_menteeId, _mentorId), proposalsTotal: 1));

        var rounds = RenderRounds();

        rounds.WaitForElement(".proposals details");
        Assert.Contains("Amina Diallo — Marc Peeters", rounds.Find(".proposals summary").TextContent);
        Assert.Contains("score 61.5", rounds.Find(".proposals summary").TextContent);
        var rows = rounds.FindAll(".explanation tbody tr").Select(row => row.TextContent.Trim()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Job function", rows[1]);
        Assert.Contains("0.5", rows[1]);
        Assert.Contains("Coordinator bonus", rows[2]);
        Assert.Contains("1 of 2 mentees matched", rounds.Find(".round-publication").TextContent);
    }

    [Fact]
    public void Publishing_asks_for_a_confirmation_then_sends_the_round_and_says_what_went()
    {
        Gateway
            .Answer(RoundsRoute, HttpStatusCode.OK, MatchingSamples.Rounds(MatchingSamples.RoundSummary(_roundId, "completed"), 1))
            .Answer(RoundRoute, HttpStatusCode.OK,
                MatchingSamples.Round(_roundId, "completed", fraction: 1, proposals: MatchingSamples.Proposal(_menteeId, _mentorId), proposalsTotal: 1))
            .Answer($"POST /api/matching-rounds/{_roundId}/publish", HttpStatusCode.OK,
                $$"""{ "roundId": "{{_roundId}}", "published": 1, "excluded": 0, "skipped": [] }""");
        var rounds = RenderRounds();

        rounds.WaitForElement("#publish-round").Click();
        Assert.DoesNotContain(Gateway.Requests, r => r.Route.EndsWith("/publish", StringComparison.Ordinal));
        rounds.Find("#publish-confirmed").Click();

        rounds.WaitForAssertion(() => Assert.Contains("Published: 1 proposals sent to the mentors", rounds.Find(".published").TextContent));
        Assert.Single(Gateway.Requests, r => r.Route == $"POST /api/matching-rounds/{_roundId}/publish");
    }

    [Fact]
    public void The_latest_round_is_shown_once_the_list_of_rounds_arrives_after_the_first_render()
    {
        var history = HoldHistoryOfOneCompletedRound();
        var rounds = RenderRounds();
        rounds.WaitForAssertion(() => Assert.Single(Gateway.Requests, r => r.Route == RoundsRoute));

        history.SetResult();

        rounds.WaitForElement(".proposals details");
        Assert.Contains("Amina Diallo — Marc Peeters", rounds.Find(".proposals summary").TextContent);
    }

    [Fact]
    public void A_start_refused_while_the_rounds_are_still_loading_stays_shown_once_they_arrive()
    {
        var history = HoldHistoryOfOneCompletedRound();
        Gateway.Answer($"POST /api/programmes/{_programmeId}/matching-rounds", HttpStatusCode.Conflict, Samples.Conflict("A round is already being planned."));
        var rounds = RenderRounds();

        rounds.Find("form.start-round").Submit();
        rounds.WaitForAssertion(() => Assert.Contains("already being planned", rounds.Find("[role=alert]").TextContent));
        history.SetResult();

        rounds.WaitForElement(".proposals details");
        Assert.Contains("already being planned", rounds.Find("[role=alert]").TextContent);
    }

    /// <summary>One completed round in the history, whose list is held until the returned source is set: a slow first load.</summary>
    private TaskCompletionSource HoldHistoryOfOneCompletedRound()
    {
        var history = new TaskCompletionSource();
        Gateway
            .Answer(RoundsRoute, HttpStatusCode.OK, MatchingSamples.Rounds(MatchingSamples.RoundSummary(_roundId, "completed"), 1))
            .Hold(RoundsRoute, history.Task)
            .Answer(RoundRoute, HttpStatusCode.OK,
                MatchingSamples.Round(_roundId, "completed", fraction: 1, proposals: MatchingSamples.Proposal(_menteeId, _mentorId), proposalsTotal: 1));
        return history;
    }

    private IRenderedComponent<MatchingRounds> RenderRounds()
    {
        var directory = TestDirectory.Load(this, _programmeId, _menteeId, _mentorId);
        return Render<MatchingRounds>(p => p.Add(x => x.ProgrammeId, _programmeId).Add(x => x.Directory, directory));
    }

    /// <summary>
    /// Lets the next poll fire: the fake clock moves on by the poll interval until the page shows what
    /// <paramref name="assertion"/> expects (the round's timer may be set a moment after the last render).
    /// </summary>
    private void PollUntil(IRenderedComponent<MatchingRounds> rounds, Action assertion)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            Clock.Advance(MatchingRounds.PollInterval);
            try
            {
                rounds.WaitForAssertion(assertion, TimeSpan.FromMilliseconds(200));
                return;
            }
            catch (WaitForFailedException)
            {
                // The timer was not set yet when the clock moved: move it again.
            }
        }
        assertion();
    }
}
