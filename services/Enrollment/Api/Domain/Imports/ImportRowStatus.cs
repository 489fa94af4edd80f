namespace Mentorship.Enrollment.Domain.Imports;

/// <summary>
/// What became of one row: valid (written by an import, or would be by a preview), invalid (refused
/// with its errors), duplicate (this programme already has an application for this e-mail and role).
/// </summary>
public enum ImportRowStatus
{
    Valid,
    Invalid,
    Duplicate,
}
