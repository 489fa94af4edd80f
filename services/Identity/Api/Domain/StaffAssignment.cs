namespace Mentorship.Identity.Domain;

/// <summary>A role one person holds in one programme, from its grant until its revocation.</summary>
public sealed class StaffAssignment
{
    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    public Guid ProgrammeId { get; init; }

    /// <summary>One of <see cref="StaffRoles.All"/>.</summary>
    public string Role { get; init; } = "";

    public Guid GrantedBy { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public Guid? RevokedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
