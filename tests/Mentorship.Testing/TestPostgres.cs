using System.Text.RegularExpressions;
using Npgsql;

namespace Mentorship.Testing;

/// <summary>A PostgreSQL server for tests; each test class makes its own databases on it.</summary>
public sealed partial class TestPostgres
{
    internal TestPostgres(InfrastructureMode mode, string connectionString)
    {
        Mode = mode;
        ConnectionString = connectionString;
    }

    public InfrastructureMode Mode { get; }

    /// <summary>The server's admin connection string (user postgres).</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Creates a database named "{prefix}_{unique}" and returns its connection string, so tests never
    /// share data; the server is thrown away with the test run. Given a template database, the new
    /// one is its copy (see <see cref="MigratedDatabases"/>).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix, string? template = null, CancellationToken cancellationToken = default)
    {
        var clean = NotAllowed().Replace(prefix.ToLowerInvariant(), "_");
        var name = $"{clean[..Math.Min(clean.Length, 30)]}_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            var copied = template is null ? "" : $" TEMPLATE \"{template}\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copied}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotAllowed();
}
