namespace Mentorship.Web.Gateway.Models;

/// <summary>How the pair ended ("job", "term-reached", ...), with the closing notes.</summary>
public sealed record PairClosure(string Outcome, DateTimeOffset ClosedAt, string? Notes);
