namespace Mentorship.Identity.Contracts;

/// <summary>A staff role granted by <see cref="StaffRoleGranted"/> was taken back. Ids and the role's code only.</summary>
public sealed record StaffRoleRevoked(
    Guid ProgrammeId,
    Guid PersonId,
    string Role,
    DateTimeOffset RevokedAt);
