namespace Mentorship.Pairing.Domain;

/// <summary>
/// What an attempted change did: changed, nothing to do (already so), refused because of the pair's
/// state (a conflict), or refused because a given value does not fit this pair (an invalid field).
/// </summary>
public sealed record TransitionResult(bool Changed, string? Refusal = null, string? InvalidField = null)
{
    public static readonly TransitionResult Done = new(true);
    public static readonly TransitionResult AlreadySo = new(false);

    public bool Refused => Refusal is not null;

    public static TransitionResult Conflict(string refusal) => new(false, refusal);

    public static TransitionResult Invalid(string field, string rule) => new(false, rule, field);
}
