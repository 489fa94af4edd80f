namespace Mentorship.Matching.Engine.Rounds;

/// <summary>The steps of planning a round, in order.</summary>
public enum RoundPhase
{
    /// <summary>Interning codes, checking pins, indexing mentors by language.</summary>
    Indexing,

    /// <summary>Scoring the candidate pairs that pass the hard constraints.</summary>
    Scoring,

    /// <summary>Finding the optimal matching.</summary>
    Solving,

    /// <summary>Explaining proposals and unmatched mentees.</summary>
    Explaining,
}
