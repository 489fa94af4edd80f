namespace Mentorship.Enrollment.Contracts;

/// <summary>An application left the programme (withdrawn by its owner or by staff).</summary>
public sealed record ApplicationWithdrawn(
    Guid ApplicationId,
    Guid ProgrammeId,
    Guid PersonId,
    string Role,
    DateTimeOffset WithdrawnAt);
