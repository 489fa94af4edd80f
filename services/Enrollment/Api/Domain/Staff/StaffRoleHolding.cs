namespace Mentorship.Enrollment.Domain.Staff;

/// <summary>
/// Whether a person holds a staff role in a programme, as Identity last announced it (StaffRoleGranted,
/// StaffRoleRevoked; ids only). Enrollment keeps it for one reason: the retention rule never erases
/// someone who holds a staff role somewhere, even if they were once a participant.
/// </summary>
public sealed class StaffRoleHolding
{
    public Guid PersonId { get; init; }

    public Guid ProgrammeId { get; init; }

    public string Role { get; init; } = "";

    public bool Held { get; init; }

    /// <summary>When the grant or revocation happened: the newest wins, whatever order the events arrive in.</summary>
    public DateTimeOffset ChangedAt { get; init; }
}
