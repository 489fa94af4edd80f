namespace Mentorship.Matching.Domain;

public enum RoundMode
{
    /// <summary>As many mentees matched as possible, then the best total score.</summary>
    MaxParticipation,

    /// <summary>The best total score.</summary>
    MaxScore,
}
