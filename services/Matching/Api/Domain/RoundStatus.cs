namespace Mentorship.Matching.Domain;

/// <summary>queued → running → completed (for review) → published; or failed.</summary>
public enum RoundStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Published,
}
