namespace Mentorship.Enrollment.Domain.Partners;

/// <summary>
/// How far a pair has gone, as far as showing each side to the other goes. The values only grow
/// (a late event never takes a pair back), so they are ordered and stored as numbers.
/// </summary>
public enum DisclosureStage
{
    /// <summary>Proposed: the mentor sees the mentee's matching profile, as MentorYou's method asks.</summary>
    Proposed = 1,

    /// <summary>The mentor accepted: both see each other, contact details included where consented.</summary>
    Accepted = 2,

    /// <summary>The mentor declined: neither sees the other any more.</summary>
    Declined = 3,
}
