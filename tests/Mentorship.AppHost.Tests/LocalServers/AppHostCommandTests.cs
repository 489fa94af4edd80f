using System.Diagnostics;

namespace Mentorship.AppHost.Tests.LocalServers;

/// <summary>The run command as people use it: what it prints, how it fails, how it stops.</summary>
public sealed class AppHostCommandTests : IDisposable
{
    // Generous: on a loaded machine the servers alone have taken over two minutes to start.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly TestFolder _folder = new();

    [Fact]
    public async Task A_server_that_cannot_start_is_reported_with_its_last_lines_and_a_hint_and_the_command_fails()
    {
        // A folder where the cluster should be that holds something else: the AppHost must not touch it.
        var cluster = Directory.CreateDirectory(_folder.For("postgres"));
        await File.WriteAllTextAsync(Path.Combine(cluster.FullName, "notes.txt"), "not a cluster");

        using var appHost = AppHostProcess.Start($"--AppHost:DataDirectory={_folder.Path}", "--AppHost:InfrastructureOnly=true");

        Assert.Equal(1, await appHost.WaitForExitAsync(StartTimeout));
        // The whole console on failure: a short excerpt hid which resource was named (CI, 3 December).
        var output = appHost.Output;
        Assert.True(output.Contains("postgres-init stopped before it served", StringComparison.Ordinal), output);
        Assert.True(output.Contains("holds no PostgreSQL cluster: start with --reset", StringComparison.Ordinal), output);
        Assert.True(output.Contains("Hint:", StringComparison.Ordinal), output);
        Assert.True(File.Exists(Path.Combine(cluster.FullName, "notes.txt")));
    }

    [Fact]
    public async Task It_prints_the_dashboard_login_and_stops_every_process_within_ten_seconds_of_SIGTERM()
    {
        using var appHost = AppHostProcess.Start($"--AppHost:DataDirectory={_folder.Path}", "--AppHost:InfrastructureOnly=true");
        Assert.True(await appHost.WaitForOutputAsync("Everything is up", StartTimeout), appHost.Output);
        Assert.Contains("/login?t=", appHost.Output, StringComparison.Ordinal);
        Assert.NotEmpty(ProcessesUsing.Folder(_folder.Path));

        var clock = Stopwatch.StartNew();
        appHost.Terminate();
        Assert.NotNull(await appHost.WaitForExitAsync(TimeSpan.FromSeconds(10)));

        Assert.Empty(await ProcessesUsing.AfterAsync(_folder.Path, TimeSpan.FromSeconds(10) - clock.Elapsed));
    }

    public void Dispose() => _folder.Dispose();
}
