namespace Mentorship.AppHost.Hosting;

/// <summary>Where projects export telemetry (an Aspire dashboard or a collector); without it export is off.</summary>
public sealed record OtlpSettings(string Endpoint, string Protocol = OtlpSettings.Grpc, string? ApiKey = null)
{
    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    public static IReadOnlyList<string> Protocols { get; } = [Grpc, HttpProtobuf];
}
