using Mentorship.Testing;
using Npgsql;

namespace Mentorship.AppHost.Tests.Testing;

public sealed class TestRunDirectoryTests
{
    [Fact]
    public async Task A_second_fixture_in_the_same_process_leaves_the_first_ones_servers_alone()
    {
        var first = new TestInfrastructure(_ => null, () => false);
        var second = new TestInfrastructure(_ => null, () => false);
        try
        {
            var firstDatabase = await first.CreateDatabaseAsync("first");
            await second.CreateDatabaseAsync("second");

            await using var connection = new NpgsqlConnection(firstDatabase);
            await connection.OpenAsync();
            Assert.True(Directory.Exists(first.LocalDataDirectory));
            Assert.NotEqual(first.LocalDataDirectory, second.LocalDataDirectory);
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }

    [Fact]
    public void A_folder_being_created_by_another_test_process_is_not_cleaned_up()
    {
        var fresh = Path.Combine(TestRunDirectory.Root, $"run-0-{Guid.NewGuid():N}");
        Directory.CreateDirectory(fresh);
        try
        {
            var run = TestRunDirectory.Create(_ => { });
            run.Delete();

            Assert.True(Directory.Exists(fresh));
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }
}
