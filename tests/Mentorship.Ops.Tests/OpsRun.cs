using System.CommandLine;

namespace Mentorship.Ops.Tests;

/// <summary>The tool's command line run in-process, with what it prints.</summary>
public sealed record OpsRun(int ExitCode, string Output, string Error)
{
    public static async Task<OpsRun> Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await OpsCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new OpsRun(exitCode, output.ToString(), error.ToString());
    }

    public OpsRun Succeeded()
    {
        Assert.True(ExitCode == 0, $"Exit code {ExitCode}: {Error}");
        return this;
    }
}
