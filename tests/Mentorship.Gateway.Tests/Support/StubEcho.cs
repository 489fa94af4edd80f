namespace Mentorship.Gateway.Tests.Support;

/// <summary>What a stub service saw of a request, returned as its response body.</summary>
public sealed record StubEcho(
    string Service,
    string Instance,
    string Method,
    string Path,
    string Query,
    string? Authorization,
    bool Authenticated,
    string? Subject,
    string? TraceParent,
    string? ForwardedHost,
    string? ForwardedProto,
    string? ProbeId,
    long BodyLength,
    string Protocol,
    string ConnectionId);
