using System.Diagnostics;
using Mentorship.TestServers;

namespace Mentorship.AppHost.Tests.Testing;

public sealed class EnvironmentFileTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task A_shell_sourcing_the_file_reads_each_connection_string_exactly()
    {
        var values = new Dictionary<string, string>
        {
            ["ConnectionStrings__postgres"] = "Host=localhost;Port=5432;Username=postgres;Password=a'b\"c$d`e",
            ["ConnectionStrings__cache"] = "localhost:6379,password=x y;z",
        };
        var file = _folder.For("servers.env");

        await EnvironmentFile.WriteAsync(file, values);

        Assert.False(File.Exists(file + ".partial"));
        foreach (var (name, value) in values)
            Assert.Equal(value, await SourceAndPrintAsync(file, name));
    }

    private static async Task<string> SourceAndPrintAsync(string file, string name)
    {
        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", $". '{file}' && printf %s \"${name}\""])
        {
            RedirectStandardOutput = true,
        })!;
        var output = await shell.StandardOutput.ReadToEndAsync();
        await shell.WaitForExitAsync();
        Assert.Equal(0, shell.ExitCode);
        return output;
    }

    public void Dispose() => _folder.Dispose();
}
