using System.CommandLine;
using Mentorship.AppHost.Cli;

namespace Mentorship.AppHost;

internal static class Program
{
    // Signals are handled by AppHostRunner, which needs longer than System.CommandLine's grace period to stop in order.
    public static Task<int> Main(string[] args) =>
        AppHostCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
}
