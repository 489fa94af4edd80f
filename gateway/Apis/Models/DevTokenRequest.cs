namespace Mentorship.Gateway.Apis.Models;

/// <summary>Who the development token speaks for. Strings, so that a wrong value is named in a 400 rather than failing to parse.</summary>
public sealed record DevTokenRequest(string? Sub, string? Name, string?[]? Roles, string?[]? Programmes);
