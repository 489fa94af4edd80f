using System.CommandLine;
using Mentorship.AppHost.Hosting;

namespace Mentorship.AppHost.Cli;

/// <summary>The AppHost's command line: options map onto <see cref="DistributedSystemOptions"/>.</summary>
public static class AppHostCommand
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string OtlpProtocolVariable = "OTEL_EXPORTER_OTLP_PROTOCOL";

    public static RootCommand Create()
    {
        var dataDirectory = new Option<string?>("--data-dir") { Description = "Data folder (default: .data/ in the repository, kept between runs)." };
        var reset = new Option<bool>("--reset") { Description = "Delete the data folder first (databases, broker and cache data, passwords)." };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Preferred gateway port; a free one if taken.", DefaultValueFactory = _ => 5080 };
        var opsPort = new Option<int>("--ops-port") { Description = "Preferred ops page port; a free one if taken.", DefaultValueFactory = _ => 18800 };
        var otlpEndpoint = new Option<string?>("--otlp-endpoint")
        {
            Description = $"OTLP endpoint projects export telemetry to (default: the AppHost's {OtlpEndpointVariable}; none: export off).",
            DefaultValueFactory = _ => NonEmpty(Environment.GetEnvironmentVariable(OtlpEndpointVariable)),
        };
        var otlpProtocol = new Option<string>("--otlp-protocol")
        {
            Description = "OTLP protocol.",
            DefaultValueFactory = _ => NonEmpty(Environment.GetEnvironmentVariable(OtlpProtocolVariable)) ?? OtlpSettings.Grpc,
        };
        otlpProtocol.AcceptOnlyFromAmong([.. OtlpSettings.Protocols]);
        var otlpApiKey = new Option<string?>("--otlp-api-key") { Description = "Sent as the x-otlp-api-key header (the dashboard's OTLP API key)." };
        var waitTimeout = new Option<int>("--wait-timeout")
        {
            Description = "Seconds a resource waits for its dependencies, and then for its own health, before start-up fails.",
            DefaultValueFactory = _ => 120,
        };
        var noColor = new Option<bool>("--no-color") { Description = "No ANSI colours (also when output is redirected or NO_COLOR is set)." };

        var command = new RootCommand(
            "Runs the mentorship platform locally as a .NET Aspire AppHost would: PostgreSQL, Redis and RabbitMQ from local installs, "
            + "migrations, the five services and the gateway, with an ops page. Ctrl+C stops everything.")
        {
            dataDirectory, reset, gatewayPort, opsPort, otlpEndpoint, otlpProtocol, otlpApiKey, waitTimeout, noColor,
        };

        command.SetAction(parse =>
        {
            var endpoint = parse.GetValue(otlpEndpoint);
            var options = new DistributedSystemOptions
            {
                DataDirectory = parse.GetValue(dataDirectory),
                Reset = parse.GetValue(reset),
                GatewayPort = parse.GetValue(gatewayPort),
                OpsPort = parse.GetValue(opsPort),
                Otlp = endpoint is null ? null : new OtlpSettings(endpoint, parse.GetValue(otlpProtocol)!, parse.GetValue(otlpApiKey)),
                EnvironmentName = NonEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
                    ?? NonEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
                    ?? "Development",
                WaitTimeout = TimeSpan.FromSeconds(parse.GetValue(waitTimeout)),
                Output = Console.Out,
                UseColors = !parse.GetValue(noColor) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
            };
            return AppHostRunner.RunAsync(options);
        });
        return command;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
