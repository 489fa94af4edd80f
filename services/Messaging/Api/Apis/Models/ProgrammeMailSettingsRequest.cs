namespace Mentorship.Messaging.Apis.Models;

/// <summary>How the programme's mails are signed (null: "The {programme} team" in each reader's language) and where its staff are mailed.</summary>
public sealed record ProgrammeMailSettingsRequest(string? Signature, string? StaffAddress);
