using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Mentorship.Testing;

/// <summary>Asserts that the database itself, not only the service's code, refuses a duplicate.</summary>
public static class UniqueIndexes
{
    /// <summary>Runs the write, expects a unique violation, and returns the name of the index that refused it.</summary>
    public static async Task<string?> RefusedByAsync(Func<Task> write)
    {
        var refused = await Assert.ThrowsAsync<DbUpdateException>(write);
        var unique = Assert.IsType<PostgresException>(refused.InnerException);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, unique.SqlState);
        return unique.ConstraintName;
    }
}
