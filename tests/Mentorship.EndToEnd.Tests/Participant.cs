namespace Mentorship.EndToEnd.Tests;

/// <summary>A person in the journey and their own authenticated client.</summary>
public sealed record Participant(Guid PersonId, string Name, HttpClient Client);
