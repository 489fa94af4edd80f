namespace Mentorship.Identity.Domain;

/// <summary>One grant or revocation, kept forever: who gave whom which role in which programme, and when.</summary>
public sealed class StaffAuditEntry
{
    public long Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public string Role { get; init; } = "";

    public StaffChange Change { get; init; }

    public Guid ActorId { get; init; }

    public DateTimeOffset At { get; init; }
}
