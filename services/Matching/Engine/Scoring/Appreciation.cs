namespace Mentorship.Matching.Engine.Scoring;

/// <summary>A coordinator's appreciation of one pair; <see cref="Points"/> matter for bonus and malus only.</summary>
public sealed record Appreciation(Guid MenteeId, Guid MentorId, string Kind, double Points, string Reason)
{
    public const double MaxPoints = 100;
}
