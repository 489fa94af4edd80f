namespace Mentorship.Messaging.Apis.Models;

public sealed record ProgrammeMailSettingsView(Guid ProgrammeId, string? Name, string? Signature, string? StaffAddress);
