namespace Mentorship.Matching.Domain;

public enum RoundKind
{
    /// <summary>Every unplaced mentee of the programme against every mentor with a free seat.</summary>
    Round,

    /// <summary>Mentees returned after a decline or a first meeting that did not fit; published pairs untouched.</summary>
    Rematch,
}
