using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Tests.Processes;

public sealed class ChildProcessTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task Stopping_a_process_ends_its_whole_tree_and_streams_its_output()
    {
        var lines = new List<string>();
        var process = ChildProcess.Start(new ProcessSpec("/bin/sh", ["-c", "echo started; sleep 300 & sleep 300 & wait"]), (line, _) => lines.Add(line));
        var tree = await WaitForChildrenAsync(process, 2);

        await process.StopAsync(UnixSignal.Terminate, TimeSpan.FromSeconds(5));

        ProcessAssert.AllGone([process.Identity, .. tree]);
        Assert.Contains("started", lines);
    }

    [Fact]
    public async Task A_process_that_ignores_the_stop_signal_is_killed_after_the_grace_period()
    {
        var process = ChildProcess.Start(new ProcessSpec("/bin/sh", ["-c", "trap '' TERM; sleep 300 & wait; sleep 300"]));
        var tree = await WaitForChildrenAsync(process, 1);

        await process.StopAsync(UnixSignal.Terminate, TimeSpan.FromMilliseconds(300));

        ProcessAssert.AllGone([process.Identity, .. tree]);
        Assert.True(process.HasExited);
    }

    [Fact]
    public async Task A_new_launcher_ends_what_a_dead_one_left_running()
    {
        var registryFile = Path.Combine(_folder.Path, "processes.json");
        var crashed = ProcessRegistry.Claim(registryFile, _ => { });
        var orphan = ChildProcess.Start(new ProcessSpec("/bin/sleep", ["300"]), registry: crashed);
        var ended = new List<string>();

        // This process owned the first registry; claiming again is what the next run after a crash does.
        ProcessRegistry.Claim(registryFile, ended.Add).Release();

        ProcessAssert.AllGone([orphan.Identity]);
        Assert.Single(ended);
        await orphan.Exited;
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<IReadOnlyList<ProcessIdentity>> WaitForChildrenAsync(ChildProcess process, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var tree = ProcessTree.DescendantsOf(process.Id);
            if (tree.Count >= count)
                return tree;
            Assert.True(DateTime.UtcNow < deadline, "The children did not start.");
            await Task.Delay(20);
        }
    }
}
