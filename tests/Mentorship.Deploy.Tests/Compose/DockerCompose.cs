using System.ComponentModel;
using System.Diagnostics;

namespace Mentorship.Deploy.Tests.Compose;

/// <summary>
/// docker-compose (Debian's 1.29, installed by deploy/local/install-prerequisites.sh): `config`
/// validates and renders the file offline, with no container engine.
/// </summary>
public static class DockerCompose
{
    public static readonly string File = Repository.PathOf("deploy", "compose", "docker-compose.yml");
    public static readonly string ExampleEnvironment = Repository.PathOf("deploy", "compose", ".env.example");

    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Config(string environmentFile)
    {
        var start = new ProcessStartInfo("docker-compose", ["-f", File, "--env-file", environmentFile, "config"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception missing)
        {
            throw new InvalidOperationException("docker-compose is not installed: run deploy/local/install-prerequisites.sh.", missing);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output, errors.Result);
        }
    }
}
