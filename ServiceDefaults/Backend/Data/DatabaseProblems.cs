using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// A write that lost a race is the client's to retry: 409, whether a concurrency token or a unique index
/// caught it. A value too long for its column is the client's input: 400, for what the request
/// validation and <see cref="ColumnLengthGuard"/> did not catch first (SQL written by hand, say). A
/// database that cannot be reached or is shutting down is a 503 to retry shortly, not a 500: the fault
/// drill saw every request fail that way while PostgreSQL restarted.
/// </summary>
public sealed class DatabaseProblems : IExceptionProblemMapper
{
    public ProblemDetails? Map(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The resource was changed at the same time by another request; read it again and retry.",
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The resource already exists.",
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.StringDataRightTruncation } tooLong } => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "A value is longer than its field allows.",
            // PostgreSQL's own words name the limit: "value too long for type character varying(1000)".
            Detail = tooLong.MessageText,
        },
        _ when IsUnavailable(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service's database is unavailable for a moment; retry shortly.",
        },
        _ => null,
    };

    /// <summary>
    /// The connection failed or the server refuses work for now (SQL states 08: connection, 53: out of
    /// resources, 57P: shutting down or starting), however deep EF Core wrapped it. Consumers wait such a
    /// fault out instead of spending their retries on it (MessagingExtensions).
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            switch (cause)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
