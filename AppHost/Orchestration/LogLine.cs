namespace Mentorship.AppHost.Orchestration;

/// <summary>One line a resource printed; numbers count from 1 over the resource's life.</summary>
public sealed record LogLine(long Number, DateTimeOffset Timestamp, string Text, bool IsError);
