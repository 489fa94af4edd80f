using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.ServiceDefaults.Tests.Backend.Data;

public sealed class DatabaseProblemsTests
{
    private readonly DatabaseProblems _problems = new();

    [Fact]
    public void A_write_that_lost_to_a_concurrent_one_is_a_conflict_to_retry()
    {
        var problem = _problems.Map(new DbUpdateConcurrencyException("stale row"));

        Assert.Equal(StatusCodes.Status409Conflict, problem?.Status);
        Assert.Contains("retry", problem?.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_a_unique_index_refuses_is_a_conflict()
    {
        var unique = new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        var problem = _problems.Map(new DbUpdateException("insert failed", unique));

        Assert.Equal(StatusCodes.Status409Conflict, problem?.Status);
    }

    [Fact]
    public void Other_database_failures_are_left_to_the_unexpected_error_answer()
    {
        var deadlock = new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected);

        Assert.Null(_problems.Map(new DbUpdateException("update failed", deadlock)));
        Assert.Null(_problems.Map(new InvalidOperationException("not a database failure")));
    }
}
