namespace Mentorship.Identity.Apis.Models;

/// <summary>A live grant of a role in the programme.</summary>
public sealed record StaffMemberView(Guid PersonId, string Name, string Role, Guid GrantedBy, DateTimeOffset GrantedAt);
