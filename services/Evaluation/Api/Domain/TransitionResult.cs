namespace Mentorship.Evaluation.Domain;

/// <summary>What an attempted state change did: changed, or refused and why.</summary>
public sealed record TransitionResult(bool Changed, string? Refusal = null)
{
    public static readonly TransitionResult Done = new(true);

    public bool Refused => Refusal is not null;

    public static TransitionResult Refuse(string refusal) => new(false, refusal);
}
