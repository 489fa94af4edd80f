using Mentorship.Matching.Jobs;
using Mentorship.Testing;
using Xunit.Abstractions;

namespace Mentorship.Matching.Tests.Integration;

/// <summary>
/// Three replicas of Matching on one database, broker and Redis, as a Deployment scaled to three runs
/// them. The other side of "safe with replicas", the outbox publishing each event once, is
/// OutboxDeliveryTests.Two_replicas_publish_every_event_exactly_once (ServiceDefaults tests).
/// </summary>
public sealed class RoundReplicasTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Replicas = 3;
    private readonly List<(MatchingFactory Factory, RecordedLogs Logs)> _replicas = [];

    public async Task InitializeAsync()
    {
        for (var i = 0; i < Replicas; i++)
        {
            var logs = new RecordedLogs(typeof(RoundRun).FullName!);
            var replica = new MatchingFactory { ReplicaOf = i == 0 ? null : _replicas[0].Factory, Logs = logs };
            await replica.InitializeAsync();
            _replicas.Add((replica, logs));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var (factory, _) in _replicas)
            await factory.DisposeAsync();
    }

    [Fact]
    public async Task Rounds_queued_once_through_any_replica_are_each_planned_by_exactly_one()
    {
        var cohorts = new List<Cohort>();
        for (var i = 0; i < 6; i++)
            cohorts.Add(await Cohort.AnnounceAsync(_replicas[i % Replicas].Factory, mentors: 3, mentees: 4));

        // All queued at once, each through one replica: every replica's worker then races for them.
        var rounds = await Task.WhenAll(cohorts.Select(cohort => cohort.StartRoundAsync()));
        var views = await Task.WhenAll(cohorts.Zip(rounds, (cohort, round) => cohort.WaitForRoundAsync(round)));

        Assert.All(views, view =>
        {
            Assert.Equal("completed", view.GetProperty("round").GetProperty("status").GetString());
            Assert.Equal(3, view.GetProperty("proposals").GetProperty("total").GetInt32());
            Assert.Equal(1, view.GetProperty("unmatched").GetProperty("total").GetInt32());
        });
        var planned = _replicas.SelectMany(r => r.Logs.Lines).Where(line => line.StartsWith("Planning ", StringComparison.Ordinal)).ToList();
        Assert.All(rounds, round => Assert.Single(planned, line => line.Contains(round.ToString(), StringComparison.Ordinal)));
        output.WriteLine($"Rounds planned per replica: {string.Join(", ", _replicas.Select(r => r.Logs.Lines.Count(line => line.StartsWith("Planning ", StringComparison.Ordinal))))}");
    }
}
