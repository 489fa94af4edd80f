using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mentorship.AppHost.Tests.LocalServers;

/// <summary>The run command as people use it: what it prints, how it fails, how it stops.</summary>
public sealed class AppHostCommandTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    // Seven .NET processes, five migrations and the servers on two cores: 270-290 s measured with a
    // load of 50 from other builds, and more than 6 min while this project's other tests ran beside it.
    private static readonly TimeSpan PlatformStartTimeout = TimeSpan.FromMinutes(10);
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task A_server_that_cannot_start_is_reported_with_its_last_lines_and_a_hint_and_the_command_fails()
    {
        // A folder where the cluster should be that holds something else: the AppHost must not touch it.
        var cluster = Directory.CreateDirectory(_folder.For("postgres"));
        await File.WriteAllTextAsync(Path.Combine(cluster.FullName, "notes.txt"), "not a cluster");

        using var appHost = AppHostProcess.Start($"--AppHost:DataDirectory={_folder.Path}", "--AppHost:InfrastructureOnly=true");

        Assert.Equal(1, await appHost.WaitForExitAsync(StartTimeout));
        Assert.Contains("postgres-init stopped before it served", appHost.Output, StringComparison.Ordinal);
        Assert.Contains("holds no PostgreSQL cluster: start with --reset", appHost.Output, StringComparison.Ordinal);
        Assert.Contains("Hint:", appHost.Output, StringComparison.Ordinal);
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

    [Fact]
    public async Task The_whole_platform_prints_the_mail_inbox_and_SIGTERM_leaves_no_smtp4dev_behind()
    {
        using var appHost = AppHostProcess.Start($"--AppHost:DataDirectory={_folder.Path}", "--AppHost:Durable=false");
        Assert.True(await appHost.WaitForOutputAsync("Everything is up", PlatformStartTimeout), appHost.Output);
        var inbox = Regex.Match(appHost.Output, @"Mail inbox: (http://localhost:\d+)").Groups[1].Value;
        using var http = new HttpClient();
        Assert.Contains("\"results\"", await http.GetStringAsync($"{inbox}/api/messages"), StringComparison.Ordinal);
        Assert.Contains(ProcessesUsing.Folder(_folder.Path), process => process.Contains("smtp4dev", StringComparison.OrdinalIgnoreCase));

        appHost.Terminate();
        Assert.NotNull(await appHost.WaitForExitAsync(TimeSpan.FromSeconds(10)));

        // smtp4dev stops in about 2 s; the broker and PostgreSQL may take longer on a loaded machine.
        Assert.DoesNotContain(await ProcessesUsing.AfterAsync(_folder.Path, TimeSpan.FromSeconds(10)), process => process.Contains("smtp4dev", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await ProcessesUsing.AfterAsync(_folder.Path, TimeSpan.FromSeconds(30)));
    }

    public void Dispose() => _folder.Dispose();
}
