using Mentorship.AppHost.LocalServers;

namespace Mentorship.AppHost.Tests.LocalServers;

public sealed class DataFolderTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public void A_password_is_generated_once_per_server_and_kept_readable_by_its_owner_only()
    {
        var data = new DataFolder(_folder.Path);

        var postgres = data.PasswordOf("postgres");
        var cache = data.PasswordOf("cache");

        Assert.Equal(postgres, new DataFolder(_folder.Path).PasswordOf("postgres"));
        Assert.NotEqual(postgres, cache);
        Assert.Equal(24, postgres.Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_folder.For("passwords.json")));
    }

    [Fact]
    public void A_cluster_run_as_another_user_moves_under_var_tmp_when_a_parent_folder_is_private()
    {
        var reachable = new DataFolder(_folder.For("data"));
        var privateParent = Directory.CreateDirectory(_folder.For("private"));
        File.SetUnixFileMode(privateParent.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var unreachable = new DataFolder(Path.Combine(privateParent.FullName, "data"));

        Assert.Equal(reachable.For("postgres"), reachable.PostgresCluster("postgres", runsAsOtherUser: true));
        Assert.Equal(unreachable.For("postgres"), unreachable.PostgresCluster("postgres", runsAsOtherUser: false));
        var moved = unreachable.PostgresCluster("postgres", runsAsOtherUser: true);
        Assert.StartsWith("/var/tmp/mentorship-", moved, StringComparison.Ordinal);
        Assert.EndsWith("/postgres", moved, StringComparison.Ordinal);
        var otherData = new DataFolder(Path.Combine(privateParent.FullName, "other"));
        Assert.NotEqual(moved, otherData.PostgresCluster("postgres", runsAsOtherUser: true));
    }

    [Fact]
    public void Reset_deletes_the_data_the_passwords_and_a_moved_cluster()
    {
        var privateParent = Directory.CreateDirectory(_folder.For("private"));
        File.SetUnixFileMode(privateParent.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var data = new DataFolder(Path.Combine(privateParent.FullName, "data"));
        data.PasswordOf("postgres");
        var moved = Directory.CreateDirectory(data.PostgresCluster("postgres", runsAsOtherUser: true));

        data.Reset("postgres");

        Assert.False(Directory.Exists(data.Root));
        Assert.False(Directory.Exists(moved.FullName));
        Assert.True(Directory.Exists(privateParent.FullName));
    }

    public void Dispose() => _folder.Dispose();
}
