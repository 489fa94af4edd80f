using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>
/// A worry a participant raised (conflict, demotivation, discrimination, well-being). It reaches only its
/// handlers: the pair's referent (or, without one, the programme's referents), then the escalation
/// contacts of each tier it went up to. The person who raised it follows it and may ask for escalation.
/// Each step is audited (<see cref="ConcernStep"/>); refused steps name the rule they break.
/// </summary>
public sealed class Concern
{
    public const int MinTextLength = 10;
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid? PairId { get; init; }

    public Guid RaisedBy { get; init; }

    public ConcernCategory? Category { get; init; }

    public ConcernSeverity Severity { get; init; }

    /// <summary>The lab the concern is about, where the programme has labs; picks the lab's escalation policy.</summary>
    public string? Lab { get; init; }

    public required string Text { get; init; }

    public ConcernRoute Route { get; init; }

    public ConcernStatus Status { get; private set; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public Guid? AcknowledgedBy { get; private set; }

    /// <summary>The pair's referent when it was raised; null when the pair had none (the programme's referents then handle it).</summary>
    public Guid? ReferentId { get; init; }

    /// <summary>0 with the referent; n after n escalations.</summary>
    public int Tier { get; private set; }

    /// <summary>The escalation contacts of every tier reached so far: they read and handle it.</summary>
    public List<Guid> ContactIds { get; private set; } = [];

    /// <summary>When it goes up a tier unless acknowledged; null when no tier waits above or someone took it up.</summary>
    public DateTimeOffset? RespondBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Optimistic concurrency (PostgreSQL xmin): of two steps taken at once, one wins and the other is refused.</summary>
    public uint Version { get; private set; }

    public bool IsOpenToResponse => Status is ConcernStatus.Open or ConcernStatus.Escalated;

    public static Concern Raise(
        Guid programmeId,
        Guid? pairId,
        Guid raisedBy,
        ConcernCategory? category,
        string text,
        DateTimeOffset now,
        ConcernSeverity severity = ConcernSeverity.Medium,
        string? lab = null,
        Guid? referentId = null,
        EscalationPolicy? policy = null) => new()
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeId = programmeId,
            PairId = pairId,
            RaisedBy = raisedBy,
            Category = category,
            Severity = severity,
            Lab = lab,
            Text = text.Trim(),
            Route = pairId is null ? ConcernRoute.ProgrammeContact : ConcernRoute.PairReferent,
            Status = ConcernStatus.Open,
            RaisedAt = now,
            ReferentId = referentId,
            RespondBy = policy?.Above(0) is null ? null : now + policy.FirstResponseWithin,
        };

    public TransitionResult Acknowledge(Guid by, DateTimeOffset now)
    {
        if (Status is ConcernStatus.Acknowledged or ConcernStatus.InProgress)
            return TransitionResult.AlreadySo;
        if (Status == ConcernStatus.Resolved)
            return TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.concern.resolved-not-acknowledged"));
        Status = ConcernStatus.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedBy = by;
        RespondBy = null;
        return TransitionResult.Done;
    }

    public TransitionResult Start()
    {
        if (Status == ConcernStatus.InProgress)
            return TransitionResult.AlreadySo;
        if (Status != ConcernStatus.Acknowledged)
            return TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.concern.in-progress-once-acknowledged"));
        Status = ConcernStatus.InProgress;
        return TransitionResult.Done;
    }

    public TransitionResult Resolve(DateTimeOffset now)
    {
        if (Status == ConcernStatus.Resolved)
            return TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.concern.resolved-not-resolved"));
        Status = ConcernStatus.Resolved;
        ResolvedAt = now;
        RespondBy = null;
        return TransitionResult.Done;
    }

    /// <summary>Up to the next tier of the policy: its contacts join the handlers and have the tier's time to acknowledge.</summary>
    public TransitionResult Escalate(EscalationPolicy? policy, DateTimeOffset now)
    {
        if (Status == ConcernStatus.Resolved)
            return TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.concern.resolved-not-escalated"));
        if (policy?.Above(Tier) is not { } next)
            return TransitionResult.Conflict(
                MessagingTexts.All.InUiLanguage("problem.concern.last-tier", Tier));
        Tier++;
        ContactIds = ContactIds.Union(next.Contacts).ToList();
        Status = ConcernStatus.Escalated;
        RespondBy = policy.Above(Tier) is null ? null : now + next.AcknowledgeWithin;
        return TransitionResult.Done;
    }

    /// <summary>The escalation clock found no tier above: it stops, and the concern stays unanswered in monitoring.</summary>
    public void StopClock() => RespondBy = null;
}
