using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Jobs;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Tests.Integration;

/// <summary>A worker whose round was handed to another replica while it planned does not store its plan too.</summary>
public sealed class RoundTakeoverTests : IAsyncLifetime
{
    private readonly RecordedLogs _logs = new(typeof(RoundRun).FullName!);
    private MatchingFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new MatchingFactory { Logs = _logs };
        await _factory.InitializeAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_plan_finished_after_another_replica_claimed_the_round_is_dropped()
    {
        var cohort = await Cohort.AnnounceAsync(_factory, mentors: 60, mentees: 240);
        // At the first heartbeat the row changes as when another replica re-claims a round it found
        // silent: a new start time (RoundWorker's claim calls Start).
        await _factory.QueryAsync<MatchingDbContext, int>(db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION claim_elsewhere() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.started_at := OLD.started_at + interval '1 hour';
                RETURN NEW;
            END $$;
            CREATE TRIGGER claim_elsewhere BEFORE UPDATE ON rounds FOR EACH ROW
                WHEN (OLD.status = 'Running' AND NEW.status = 'Running' AND OLD.started_at = NEW.started_at) EXECUTE FUNCTION claim_elsewhere();
            """));

        var roundId = await cohort.StartRoundAsync();

        Task<(RoundStatus Status, int Proposals)> StoredAsync() => _factory.QueryAsync<MatchingDbContext, (RoundStatus, int)>(async db => (
            await db.Rounds.Where(r => r.Id == roundId).Select(r => r.Status).SingleAsync(),
            await db.Proposals.CountAsync(p => p.RoundId == roundId)));
        // Until the worker is done with it: it either drops its plan or records it (a round still
        // queued has not been claimed yet, so it says nothing).
        await Eventually.True(async () => _logs.Lines.Any(line => line.Contains($"Round {roundId} was handed to another worker", StringComparison.Ordinal))
            || (await StoredAsync()).Status is not (RoundStatus.Queued or RoundStatus.Running), "the worker done with the round", seconds: 60);

        Assert.Equal((RoundStatus.Running, 0), await StoredAsync());
    }
}
