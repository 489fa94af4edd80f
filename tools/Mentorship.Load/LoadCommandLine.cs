using System.CommandLine;
using Mentorship.Load.Scenarios;

namespace Mentorship.Load;

/// <summary>The scenarios: gateway-overhead, intake, approval. Each is bounded by --requests and --duration per run.</summary>
public static class LoadCommandLine
{
    private static readonly Option<Uri> Gateway = new("--gateway")
    {
        CustomParser = ParseAddress,
        Description = "The gateway's address, as the AppHost prints it.",
        DefaultValueFactory = _ => new Uri("http://localhost:5080"),
        Recursive = true,
    };

    private static readonly Option<int> Requests = new("--requests")
    {
        Description = "Requests per measured run at most (approval: applications).",
        DefaultValueFactory = _ => 10_000,
        Recursive = true,
    };

    private static readonly Option<int> Seconds = new("--duration")
    {
        Description = "Seconds per measured run at most.",
        DefaultValueFactory = _ => 20,
        Recursive = true,
    };

    private static readonly Option<int> Warmup = new("--warmup")
    {
        Description = "Unmeasured requests before the measured runs (JIT, connection pools).",
        DefaultValueFactory = _ => 500,
        Recursive = true,
    };

    public static RootCommand Create() =>
        new("Load scenarios against a running platform (dotnet run --project AppHost); figures and a check that nothing was lost.")
        {
            Gateway, Requests, Seconds, Warmup,
            GatewayOverheadCommand(),
            IntakeCommand(),
            ApprovalCommand(),
        };

    private static Command GatewayOverheadCommand()
    {
        var enrollment = new Option<Uri>("--enrollment") { CustomParser = ParseAddress, Description = "Enrollment's own address (the dashboard shows it; ss -ltnp finds it).", Required = true };
        var connections = new Option<int>("--connections") { DefaultValueFactory = _ => 16 };
        var command = new Command("gateway-overhead", "The same cheap GET and database GET directly from Enrollment and through the gateway.") { enrollment, connections };
        command.SetAction((parsed, cancellationToken) =>
            GatewayOverhead.RunAsync(SettingsOf(parsed), parsed.GetRequiredValue(enrollment), parsed.GetValue(connections), parsed.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static Command IntakeCommand()
    {
        var connections = new Option<int[]>("--connections") { DefaultValueFactory = _ => [8, 32, 64], AllowMultipleArgumentsPerToken = true };
        var command = new Command("intake", "Application submissions through the gateway at each concurrency, then every one looked up.") { connections };
        command.SetAction((parsed, cancellationToken) =>
            Intake.RunAsync(SettingsOf(parsed), parsed.GetRequiredValue(connections), parsed.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static Command ApprovalCommand()
    {
        var connections = new Option<int>("--connections") { DefaultValueFactory = _ => 16 };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "The platform's PostgreSQL connection string (the dashboard's postgres resource): the latency is then read from "
                + "Enrollment's outbox and Matching's inbox instead of polling Matching's pool every 10 ms.",
        };
        var command = new Command("approval", "Approvals through the gateway and the delay until Matching's pool holds them.") { connections, postgres };
        command.SetAction((parsed, cancellationToken) =>
            Approval.RunAsync(SettingsOf(parsed), parsed.GetValue(connections), parsed.GetValue(postgres), parsed.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    /// <summary>An absolute http(s) address; anything else is a parse error naming the option.</summary>
    private static Uri? ParseAddress(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps))
            return address;
        result.AddError($"'{text}' is not an http:// or https:// address.");
        return null;
    }

    private static LoadSettings SettingsOf(ParseResult parsed) =>
        new(parsed.GetRequiredValue(Gateway), parsed.GetValue(Requests), TimeSpan.FromSeconds(parsed.GetValue(Seconds)), parsed.GetValue(Warmup));
}
