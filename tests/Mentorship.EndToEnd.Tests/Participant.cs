namespace Mentorship.EndToEnd.Tests;

/// <summary>A person in the journey, their own authenticated client and the address their mails go to.</summary>
public sealed record Participant(Guid PersonId, string Name, HttpClient Client, string Email);
