namespace Mentorship.Identity.Contracts;

/// <summary>
/// A person was given a staff role (coordinator, referent, researcher, programme-admin) in a programme.
/// Ids and the role's code only: Enrollment keeps who holds a role somewhere, so its retention rule
/// never erases staff.
/// </summary>
public sealed record StaffRoleGranted(
    Guid ProgrammeId,
    Guid PersonId,
    string Role,
    DateTimeOffset GrantedAt);
