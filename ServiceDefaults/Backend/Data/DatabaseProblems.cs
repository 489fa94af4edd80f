using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// A write that lost a race is the client's to retry: 409, whether a concurrency token or a unique index
/// caught it. A value too long for its column is the client's input: 400, for what the request
/// validation and <see cref="ColumnLengthGuard"/> did not catch first (SQL written by hand, say).
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
        _ => null,
    };
}
