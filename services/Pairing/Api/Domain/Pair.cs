using System.Globalization;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Pairing.Domain;

/// <summary>
/// One mentee and one mentor proposed by Matching, followed from the mentor's decision through the
/// guided first meeting, the contract both sign, the action plan and the meetings, to closure with an
/// outcome. The pair owns its transitions; callers check who may ask for them.
/// </summary>
public sealed class Pair
{
    public const int MaxGoals = 20;
    public const int DeclineReasonMaxLength = 1000;
    public const int ClosingNotesMaxLength = 4000;

    /// <summary>Who closes a pair the platform closes itself (at its term): no person has this id.</summary>
    public static readonly Guid SystemActor = Guid.Empty;

    private readonly List<Meeting> _meetings = [];

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid RoundId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public PairStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? DeclinedAt { get; private set; }

    /// <summary>Kept here only: the event that sends the mentee back to matching does not carry it.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>The side that declined: the mentor, or the mentee where the programme asks them to confirm.</summary>
    public PairMember? DeclinedBy { get; private set; }

    /// <summary>When the mentee confirmed after the mentor accepted, in programmes that ask for it.</summary>
    public DateTimeOffset? MenteeAcceptedAt { get; private set; }

    public FirstMeeting? FirstMeeting { get; private set; }

    public DateTimeOffset? MenteeSignedAt { get; private set; }

    public DateTimeOffset? MentorSignedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public List<Goal> Goals { get; private set; } = [];

    /// <summary>Kept beside the goals so the monitoring table counts progress without reading the plan.</summary>
    public int GoalsDone { get; private set; }

    public int GoalsTotal { get; private set; }

    public DateTimeOffset? ActionPlanUpdatedAt { get; private set; }

    public Guid? ActionPlanUpdatedBy { get; private set; }

    /// <summary>Loaded only when needed (reading the pair, logging a meeting).</summary>
    public IReadOnlyList<Meeting> Meetings => _meetings;

    public int MeetingsHeld { get; private set; }

    public DateOnly? LastMeetingOn { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public PairOutcome? Outcome { get; private set; }

    public string? ClosingNotes { get; private set; }

    public Guid? ClosedBy { get; private set; }

    /// <summary>At most one per side; staff only.</summary>
    public List<ClosingInterview> ClosingInterviews { get; private set; } = [];

    /// <summary>The referent of the programme who supervises this pair: they see its follow-up and receive its alerts.</summary>
    public Guid? ReferentId { get; private set; }

    public DateTimeOffset? ReferentAssignedAt { get; private set; }

    /// <summary>Optimistic concurrency (PostgreSQL xmin): both members acting at once do not overwrite each other.</summary>
    public uint Version { get; private set; }

    private string StatusName => Kebab.Name(Status);

    /// <summary>The first date a refusal names as allowed, as the API writes dates whatever the language.</summary>
    private static string FirstAllowed(DateOnly earliest) => earliest.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Pair Propose(Guid id, Guid programmeId, Guid roundId, Guid menteeId, Guid mentorId, DateTimeOffset proposedAt) => new()
    {
        Id = id,
        ProgrammeId = programmeId,
        RoundId = roundId,
        MenteeId = menteeId,
        MentorId = mentorId,
        Status = PairStatus.Proposed,
        ProposedAt = proposedAt,
    };

    public PairMember? MemberOf(Guid personId) =>
        personId == MenteeId ? PairMember.Mentee
        : personId == MentorId ? PairMember.Mentor
        : null;

    /// <summary>The mentor's answer; with <paramref name="menteeConfirms"/> an accepted pair then waits for the mentee's.</summary>
    public TransitionResult DecideAsMentor(bool accept, string? reason, DateTimeOffset now, bool menteeConfirms = false)
    {
        if (accept && AcceptedAt is not null)
            return TransitionResult.AlreadySo;
        if (!accept && Status == PairStatus.Declined && DeclinedBy is not PairMember.Mentee)
            return TransitionResult.AlreadySo;
        if (Status != PairStatus.Proposed)
            return TransitionResult.Conflict(
                PairingTexts.All.InUiLanguage("problem.pair.mentor-decides-on-proposed", StatusName));

        if (accept)
        {
            Status = menteeConfirms ? PairStatus.AwaitingMentee : PairStatus.Introduced;
            AcceptedAt = now;
        }
        else
        {
            Decline(PairMember.Mentor, reason, now);
        }

        return TransitionResult.Done;
    }

    /// <summary>The mentee's confirmation, asked by voluntary programmes once the mentor accepted; a decline re-matches them.</summary>
    public TransitionResult DecideAsMentee(bool accept, string? reason, DateTimeOffset now)
    {
        if (accept && MenteeAcceptedAt is not null)
            return TransitionResult.AlreadySo;
        if (!accept && Status == PairStatus.Declined && DeclinedBy == PairMember.Mentee)
            return TransitionResult.AlreadySo;
        if (Status != PairStatus.AwaitingMentee)
            return TransitionResult.Conflict(
                PairingTexts.All.InUiLanguage("problem.pair.mentee-decides-after-mentor", StatusName));

        if (accept)
        {
            Status = PairStatus.Introduced;
            MenteeAcceptedAt = now;
        }
        else
        {
            Decline(PairMember.Mentee, reason, now);
        }

        return TransitionResult.Done;
    }

    public TransitionResult RecordFirstMeeting(DateOnly heldOn, bool fit, string? notes, Guid by, DateTimeOffset now)
    {
        if (FirstMeeting is { } recorded)
            return recorded.Fit == fit
                ? TransitionResult.AlreadySo
                : TransitionResult.Conflict(
                    recorded.Fit
                        ? PairingTexts.All.InUiLanguage("problem.pair.first-meeting-was-a-fit", StatusName)
                        : PairingTexts.All.InUiLanguage("problem.pair.first-meeting-was-not-a-fit", StatusName));
        if (Status != PairStatus.Introduced)
            return TransitionResult.Conflict(
                PairingTexts.All.InUiLanguage("problem.pair.first-meeting-when-introduced", StatusName));
        var earliest = CalendarDays.EarliestAfter(MenteeAcceptedAt ?? AcceptedAt!.Value);
        if (heldOn < earliest)
            return TransitionResult.Invalid("heldOn", PairingTexts.All.InUiLanguage("problem.pair.first-meeting-before-acceptance", FirstAllowed(earliest)));

        FirstMeeting = new FirstMeeting(heldOn, fit, notes, by, now);
        Status = fit ? PairStatus.Contracting : PairStatus.NotAFit;
        return TransitionResult.Done;
    }

    public TransitionResult Sign(Guid personId, DateTimeOffset now)
    {
        var member = MemberOf(personId);
        if (member is null)
            return TransitionResult.Conflict(PairingTexts.All.InUiLanguage("problem.pair.contract-signed-by-members"));
        var signedAt = member == PairMember.Mentee ? MenteeSignedAt : MentorSignedAt;
        if (signedAt is not null)
            return TransitionResult.AlreadySo;
        if (Status != PairStatus.Contracting)
            return TransitionResult.Conflict(
                PairingTexts.All.InUiLanguage("problem.pair.contract-while-contracting", StatusName));

        if (member == PairMember.Mentee)
            MenteeSignedAt = now;
        else
            MentorSignedAt = now;
        if (MenteeSignedAt is not null && MentorSignedAt is not null)
        {
            Status = PairStatus.Active;
            ActivatedAt = now;
        }

        return TransitionResult.Done;
    }

    public TransitionResult SetActionPlan(IReadOnlyList<GoalDraft> drafts, Guid by, DateTimeOffset now)
    {
        if (Status is not (PairStatus.Contracting or PairStatus.Active))
            return TransitionResult.Conflict(
                PairingTexts.All.InUiLanguage("problem.pair.action-plan-while-going-on", StatusName));
        if (drafts.Count > MaxGoals)
            return TransitionResult.Invalid("goals", PairingTexts.All.InUiLanguage("problem.pair.action-plan-max-goals", MaxGoals));

        var current = Goals.ToDictionary(g => g.GoalId);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].GoalId is { } id && !current.ContainsKey(id))
                return TransitionResult.Invalid($"goals[{i}].id", PairingTexts.All.InUiLanguage("problem.pair.action-plan-unknown-goal", id));
        }

        Goals = drafts
            .Select(draft => draft.GoalId is { } id ? Revised(current[id], draft, now) : Added(draft, now))
            .ToList();
        GoalsTotal = Goals.Count;
        GoalsDone = Goals.Count(g => g.Status == GoalStatus.Done);
        ActionPlanUpdatedAt = now;
        ActionPlanUpdatedBy = by;
        return TransitionResult.Done;
    }

    /// <summary>Logs a meeting; the pair's meetings must be loaded so a repeated submission is recognised.</summary>
    public TransitionResult LogMeeting(Meeting meeting)
    {
        if (meeting.PairId != Id)
            throw new ArgumentException($"Meeting {meeting.Id} belongs to pair {meeting.PairId}, not {Id}.", nameof(meeting));
        if (_meetings.Any(m => m.SameAs(meeting)))
            return TransitionResult.AlreadySo;
        if (Status != PairStatus.Active)
            return TransitionResult.Conflict(PairingTexts.All.InUiLanguage("problem.pair.meetings-while-active", StatusName));
        var earliest = CalendarDays.EarliestAfter(ActivatedAt!.Value);
        if (meeting.Date < earliest)
            return TransitionResult.Invalid("date", PairingTexts.All.InUiLanguage("problem.pair.meeting-before-active", FirstAllowed(earliest)));

        _meetings.Add(meeting);
        MeetingsHeld = _meetings.Count;
        LastMeetingOn = LastMeetingOn is { } last && last > meeting.Date ? last : meeting.Date;
        return TransitionResult.Done;
    }

    public TransitionResult Close(PairOutcome outcome, string? notes, Guid by, DateTimeOffset now)
    {
        if (Status == PairStatus.Closed)
            return Outcome == outcome
                ? TransitionResult.AlreadySo
                : TransitionResult.Conflict(PairingTexts.All.InUiLanguage("problem.pair.closed-already", Kebab.Name(Outcome!.Value)));
        if (Status is PairStatus.Introduced or PairStatus.Contracting && outcome is not (PairOutcome.DropoutMentee or PairOutcome.DropoutMentor))
            return TransitionResult.Conflict(
                PairingTexts.All.InUiLanguage("problem.pair.close-before-contract-as-dropout", StatusName));
        if (Status is not (PairStatus.Active or PairStatus.Introduced or PairStatus.Contracting))
            return TransitionResult.Conflict(
                PairingTexts.All.InUiLanguage("problem.pair.close-when-going-on", StatusName));

        Status = PairStatus.Closed;
        Outcome = outcome;
        ClosingNotes = notes;
        ClosedBy = by;
        ClosedAt = now;
        return TransitionResult.Done;
    }

    /// <summary>Records one side's closing interview, replacing an earlier one of that side; once the pair is active or closed.</summary>
    public TransitionResult RecordClosingInterview(ClosingInterview interview)
    {
        var earlier = ClosingInterviews.FirstOrDefault(i => i.Side == interview.Side);
        if (earlier is not null && earlier.SameAnswersAs(interview))
            return TransitionResult.AlreadySo;
        if (Status is not (PairStatus.Active or PairStatus.Closed))
            return TransitionResult.Conflict(PairingTexts.All.InUiLanguage("problem.pair.closing-interview-when-active", StatusName));
        // A pair closed as a drop-out before its contract was never active: its proposal is the bound.
        var earliest = CalendarDays.EarliestAfter(ActivatedAt ?? ProposedAt);
        if (interview.HeldOn < earliest)
            return TransitionResult.Invalid("heldOn", PairingTexts.All.InUiLanguage("problem.pair.closing-interview-before-start", FirstAllowed(earliest)));

        ClosingInterviews = ClosingInterviews.Where(i => i.Side != interview.Side).Append(interview).OrderBy(i => i.Side).ToList();
        return TransitionResult.Done;
    }

    /// <summary>Makes a referent on the programme's roster the pair's supervisor, replacing the previous one.</summary>
    public TransitionResult AssignReferent(Guid referentId, bool onProgrammeRoster, DateTimeOffset now)
    {
        if (ReferentId == referentId)
            return TransitionResult.AlreadySo;
        if (!onProgrammeRoster)
            return TransitionResult.Invalid(
                "personId", PairingTexts.All.InUiLanguage("problem.pair.referent-on-roster"));
        if (Status is PairStatus.Closed or PairStatus.Declined or PairStatus.NotAFit)
            return TransitionResult.Conflict(PairingTexts.All.InUiLanguage("problem.pair.referent-while-going-on", StatusName));

        ReferentId = referentId;
        ReferentAssignedAt = now;
        return TransitionResult.Done;
    }

    private void Decline(PairMember by, string? reason, DateTimeOffset now)
    {
        Status = PairStatus.Declined;
        DeclinedAt = now;
        DeclineReason = reason;
        DeclinedBy = by;
    }

    private static Goal Added(GoalDraft draft, DateTimeOffset now) => new()
    {
        GoalId = Guid.CreateVersion7(now),
        Title = draft.Title,
        Description = draft.Description,
        DueOn = draft.DueOn,
        Status = draft.Status,
        CreatedAt = now,
        CompletedAt = draft.Status == GoalStatus.Done ? now : null,
    };

    private static Goal Revised(Goal goal, GoalDraft draft, DateTimeOffset now) => new()
    {
        GoalId = goal.GoalId,
        Title = draft.Title,
        Description = draft.Description,
        DueOn = draft.DueOn,
        Status = draft.Status,
        CreatedAt = goal.CreatedAt,
        CompletedAt = draft.Status != GoalStatus.Done ? null : goal.CompletedAt ?? now,
    };
}
