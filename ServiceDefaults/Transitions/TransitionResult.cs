namespace Mentorship.ServiceDefaults.Transitions;

/// <summary>
/// What a domain method's attempted state change did. Every service's entities answer with this one type
/// so that handlers map a refusal to the same ProblemDetails everywhere (see TransitionProblems).
/// </summary>
public sealed record TransitionResult
{
    public static readonly TransitionResult Done = new(TransitionOutcome.Done);
    public static readonly TransitionResult AlreadySo = new(TransitionOutcome.AlreadySo);

    private TransitionResult(TransitionOutcome outcome, string? refusal = null, IReadOnlyList<string>? reasons = null, string? invalidField = null)
    {
        Outcome = outcome;
        Refusal = refusal;
        Reasons = reasons ?? [];
        InvalidField = invalidField;
    }

    public TransitionOutcome Outcome { get; }

    /// <summary>Why it was refused (the conflict's title, or the rule the invalid field breaks); null when not refused.</summary>
    public string? Refusal { get; }

    /// <summary>The particulars of a conflict (failed rules, missing steps); empty otherwise.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The request field whose value does not fit; null unless Invalid.</summary>
    public string? InvalidField { get; }

    public bool Changed => Outcome == TransitionOutcome.Done;

    public bool Refused => Outcome is TransitionOutcome.Conflict or TransitionOutcome.Invalid;

    public static TransitionResult Conflict(string refusal, params IReadOnlyList<string> reasons) =>
        new(TransitionOutcome.Conflict, refusal, reasons);

    public static TransitionResult Invalid(string field, string rule) =>
        new(TransitionOutcome.Invalid, rule, invalidField: field);
}
