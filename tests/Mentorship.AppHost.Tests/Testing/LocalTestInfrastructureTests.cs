using Mentorship.AppHost.Tests.Processes;
using Mentorship.Testing;
using Npgsql;

namespace Mentorship.AppHost.Tests.Testing;

public sealed class LocalTestInfrastructureTests
{
    [Fact]
    public async Task Without_environment_or_Docker_PostgreSQL_is_a_local_server_and_only_what_was_asked_for_starts()
    {
        var infrastructure = new TestInfrastructure(_ => null, () => false);
        string runFolder;
        try
        {
            var connectionString = await infrastructure.CreateDatabaseAsync("Orders-Tests");
            var other = await infrastructure.CreateDatabaseAsync("Orders-Tests");

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            Assert.StartsWith("orders_tests_", connection.Database, StringComparison.Ordinal);
            Assert.NotEqual(connectionString, other);
            Assert.Equal(InfrastructureMode.LocalServer, (await infrastructure.GetPostgresAsync()).Mode);
            Assert.Equal(["postgres"], infrastructure.Modes.Keys);
            Assert.Contains(infrastructure.Log, line => line.StartsWith("postgres: PostgreSQL from the local install", StringComparison.Ordinal));
            runFolder = infrastructure.LocalDataDirectory!;
        }
        finally
        {
            await infrastructure.DisposeAsync();
        }

        Assert.False(Directory.Exists(runFolder));
        ProcessAssert.NoneMentions(runFolder);
    }
}
