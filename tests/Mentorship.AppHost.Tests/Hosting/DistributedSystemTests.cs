using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.AppHost.Hosting;
using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Processes;
using Mentorship.AppHost.Tests.Processes;

namespace Mentorship.AppHost.Tests.Hosting;

public sealed class DistributedSystemTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task The_platform_starts_ready_shows_itself_on_the_ops_page_and_stops_leaving_no_process()
    {
        var options = new DistributedSystemOptions { DataDirectory = _folder.For("data"), GatewayPort = 0, OpsPort = 0, DurableStorage = false };
        IReadOnlyList<ProcessIdentity> processes;
        await using (var system = await DistributedSystem.StartAsync(options))
        {
            Assert.All(system.Resources, resource => Assert.True(resource.IsReady, $"{resource.Name} is {resource.State}/{resource.Health}"));
            using var http = new HttpClient();
            var listed = await http.GetFromJsonAsync<JsonElement[]>(new Uri(system.OpsUrl, "/api/resources"));
            Assert.Equal(system.Resources.Select(r => r.Name), listed!.Select(r => r.GetProperty("name").GetString()));
            if (system.GatewayUrl is { } gateway)
                Assert.True((await http.GetAsync(new Uri(gateway, "/health"))).IsSuccessStatusCode);

            processes = [.. system.Resources
                .Where(r => r.ProcessId is not null)
                .SelectMany(r => ProcessTree.DescendantsOf(r.ProcessId!.Value).Append(ProcessTree.Identify(r.ProcessId!.Value)!.Value))];
        }

        ProcessAssert.AllGone(processes);
        ProcessAssert.NoneMentions(options.DataDirectory);
        Assert.False(File.Exists(new DataFolder(options.DataDirectory).ProcessesFile));
    }

    [Fact]
    public async Task A_data_folder_in_use_by_a_live_launcher_is_refused_before_anything_starts()
    {
        var data = new DataFolder(_folder.For("busy"));
        var otherLauncher = ChildProcess.Start(new ProcessSpec("/bin/sleep", ["300"]));
        Directory.CreateDirectory(data.Root);
        var boot = File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
        await File.WriteAllTextAsync(data.ProcessesFile,
            $$"""{"OwnerPid":{{otherLauncher.Id}},"OwnerStartTime":{{otherLauncher.Identity.StartTime}},"BootId":"{{boot}}","Processes":[]}""");

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DistributedSystem.StartAsync(new DistributedSystemOptions { DataDirectory = data.Root, GatewayPort = 0, OpsPort = 0 }));

        Assert.Contains($"pid {otherLauncher.Id}", refusal.Message, StringComparison.Ordinal);
        await otherLauncher.StopAsync(UnixSignal.Kill, TimeSpan.Zero);
    }

    public void Dispose() => _folder.Dispose();
}
