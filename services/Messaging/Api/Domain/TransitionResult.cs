namespace Mentorship.Messaging.Domain;

/// <summary>What an attempted state change did: changed, nothing to do (already so), or refused and why.</summary>
public sealed record TransitionResult(bool Changed, string? Refusal = null)
{
    public static readonly TransitionResult Done = new(true);
    public static readonly TransitionResult AlreadySo = new(false);

    public bool Refused => Refusal is not null;

    public static TransitionResult Refuse(string refusal) => new(false, refusal);
}
