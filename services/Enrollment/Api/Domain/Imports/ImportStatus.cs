namespace Mentorship.Enrollment.Domain.Imports;

/// <summary>queued → running → completed | failed; a running import whose worker went silent is picked up again.</summary>
public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
