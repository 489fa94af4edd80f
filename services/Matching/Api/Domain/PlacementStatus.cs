namespace Mentorship.Matching.Domain;

/// <summary>proposed (sent to Pairing) → ended: declined, not a fit (mentee back to matching) or closed.</summary>
public enum PlacementStatus
{
    Proposed,
    Declined,
    NotAFit,
    Closed,
}
