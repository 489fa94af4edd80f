using Mentorship.Ops.Databases;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Npgsql;

namespace Mentorship.Ops.Tests.Databases;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ops-backup-{Guid.NewGuid():N}.dump");

    [Fact]
    public async Task A_backup_restored_brings_back_the_rows_of_its_time()
    {
        var database = await TestInfrastructure.Shared.CreateDatabaseAsync("ops_backup");
        var kept = Guid.NewGuid();
        var later = Guid.NewGuid();
        await ExecuteAsync(database, "CREATE TABLE pairs (id uuid PRIMARY KEY, outcome text NOT NULL)");
        await ExecuteAsync(database, $"INSERT INTO pairs VALUES ('{kept}', 'job')");

        var backup = (await OpsRun.Of("db", "backup", ResourceNames.Matching, "--connection", database, "--out", _file)).Succeeded();
        await ExecuteAsync(database, $"DELETE FROM pairs WHERE id = '{kept}'");
        await ExecuteAsync(database, $"INSERT INTO pairs VALUES ('{later}', 'training')");
        var restore = (await OpsRun.Of("db", "restore", ResourceNames.Matching, "--connection", database, "--in", _file)).Succeeded();

        Assert.Contains("Backup written to", backup.Output);
        Assert.Contains("restored", restore.Output);
        Assert.Equal([(kept, "job")], await RowsAsync(database));
    }

    [Fact]
    public async Task A_restore_that_fails_says_why_and_leaves_the_database_as_it_was()
    {
        var database = await TestInfrastructure.Shared.CreateDatabaseAsync("ops_restore");
        var row = Guid.NewGuid();
        await ExecuteAsync(database, "CREATE TABLE pairs (id uuid PRIMARY KEY, outcome text NOT NULL)");
        await ExecuteAsync(database, $"INSERT INTO pairs VALUES ('{row}', 'job')");
        await File.WriteAllTextAsync(_file, "not a backup");

        var run = await OpsRun.Of("db", "restore", ResourceNames.Matching, "--connection", database, "--in", _file);

        Assert.Equal(OpsCommandLine.Failed, run.ExitCode);
        Assert.Contains("pg_restore failed", run.Error);
        Assert.Equal([(row, "job")], await RowsAsync(database));
    }

    [Fact]
    public async Task A_backup_without_the_tools_says_what_to_install()
    {
        var database = await TestInfrastructure.Shared.CreateDatabaseAsync("ops_tools");
        var empty = Directory.CreateTempSubdirectory("ops-no-tools-");

        var run = await OpsRun.Of("db", "backup", ResourceNames.Matching, "--connection", database, "--out", _file, "--tools", empty.FullName);

        empty.Delete();
        Assert.Equal(OpsCommandLine.Failed, run.ExitCode);
        Assert.Contains("pg_dump could not be started", run.Error);
        Assert.Contains("apt-get install postgresql-client", run.Error);
        Assert.False(File.Exists(_file));
    }

    [Fact]
    public void The_password_reaches_the_tools_through_the_environment()
    {
        var environment = PostgresTools.LibpqEnvironment("Host=db.internal;Port=5433;Database=matchingdb;Username=matching;Password=s3cret;SSL Mode=VerifyFull").ToList();

        Assert.Equal(
            [("PGDATABASE", "matchingdb"), ("PGHOST", "db.internal"), ("PGPORT", "5433"), ("PGUSER", "matching"), ("PGPASSWORD", "s3cret"), ("PGSSLMODE", "verify-full")],
            environment);
    }

    public void Dispose() => File.Delete(_file);

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<(Guid, string)>> RowsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, outcome FROM pairs ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, string)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        return rows;
    }
}
