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
    public void A_database_that_cannot_be_reached_or_is_shutting_down_is_unavailable_for_a_moment_not_an_error()
    {
        var refused = new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111));
        var shuttingDown = new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01");
        var duplicate = new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, _problems.Map(refused)?.Status);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, _problems.Map(new DbUpdateException("save failed", shuttingDown))?.Status);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, _problems.Map(new InvalidOperationException("query failed", shuttingDown))?.Status);
        Assert.Null(_problems.Map(new InvalidOperationException("query failed", duplicate)));
    }

    [Fact]
    public void A_row_a_unique_index_refuses_is_a_conflict()
    {
        var unique = new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        var problem = _problems.Map(new DbUpdateException("insert failed", unique));

        Assert.Equal(StatusCodes.Status409Conflict, problem?.Status);
    }

    [Fact]
    public void A_value_too_long_for_its_column_is_the_clients_input_to_fix()
    {
        var tooLong = new PostgresException(
            "value too long for type character varying(1000)", "ERROR", "ERROR", PostgresErrorCodes.StringDataRightTruncation);

        var problem = _problems.Map(new DbUpdateException("update failed", tooLong));

        Assert.Equal(StatusCodes.Status400BadRequest, problem?.Status);
        Assert.Contains("character varying(1000)", problem?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_database_failures_are_left_to_the_unexpected_error_answer()
    {
        var deadlock = new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected);

        Assert.Null(_problems.Map(new DbUpdateException("update failed", deadlock)));
        Assert.Null(_problems.Map(new InvalidOperationException("not a database failure")));
    }
}
