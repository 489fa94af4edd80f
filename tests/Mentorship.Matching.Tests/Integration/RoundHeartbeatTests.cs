using Mentorship.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Tests.Integration;

public sealed class RoundHeartbeatTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task A_heartbeat_the_database_refuses_once_does_not_cost_the_round_its_result()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 60, mentees: 240);
        // The first heartbeat write of a running round fails, as on a dropped connection; a sequence
        // counts the attempts outside the failing transaction.
        await ExecuteAsync("""
            CREATE SEQUENCE heartbeat_writes;
            CREATE FUNCTION refuse_first_heartbeat() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('heartbeat_writes') = 1 THEN
                    RAISE EXCEPTION 'heartbeat refused on purpose';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_first_heartbeat BEFORE UPDATE ON rounds FOR EACH ROW
                WHEN (OLD.status = 'Running' AND NEW.status = 'Running') EXECUTE FUNCTION refuse_first_heartbeat();
            """);

        var view = await cohort.RunRoundAsync();

        Assert.True(await HeartbeatWrittenAsync(), "No heartbeat was written while planning: the round was too small to test this.");
        Assert.Equal("completed", view.GetProperty("round").GetProperty("status").GetString());
        Assert.Equal(60, view.GetProperty("proposals").GetProperty("total").GetInt32());
    }

    private Task ExecuteAsync(string sql) =>
        factory.QueryAsync<MatchingDbContext, int>(db => db.Database.ExecuteSqlRawAsync(sql));

    private Task<bool> HeartbeatWrittenAsync() =>
        factory.QueryAsync<MatchingDbContext, bool>(db => db.Database.SqlQuery<bool>($"SELECT is_called AS \"Value\" FROM heartbeat_writes").SingleAsync());
}
