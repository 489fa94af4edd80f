using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Domain;
using Npgsql;

namespace Mentorship.Pairing.Alerts;

/// <summary>
/// The nine rules as one statement over all pairs: every (pair, kind) whose condition holds at a moment.
/// Set-based so that a run costs the same few queries for ten pairs or ten thousand.
/// </summary>
public static class AlertConditions
{
    // An escalated concern is unanswered at once: it went up a tier because nobody took it up in time.
    // A pair is introduced when the mentor accepts, or the mentee confirms where the programme asks it.
    // A pair becomes contracting when its first meeting is recorded as a fit (first_meeting.RecordedAt).
    // Survey reminders follow closed pairs too: closure surveys are assigned after a pair closes.
    private const string Sql =
        $"""
        WITH live AS (
            SELECT p.id, p.programme_id, p.mentee_id, p.mentor_id, p.referent_id, p.status,
                   p.proposed_at, COALESCE(p.mentee_accepted_at, p.accepted_at) AS accepted_at, p.activated_at, p.goals_total,
                   (p.first_meeting ->> 'RecordedAt')::timestamptz AS contracting_since,
                   GREATEST(p.last_meeting_on, (p.activated_at AT TIME ZONE 'UTC')::date) AS last_met_on,
                   COALESCE(NULLIF(pr.alert_after_weeks_without_meeting, 0), @default_weeks) AS weeks,
                   ((p.activated_at AT TIME ZONE 'UTC')::date + make_interval(months => pr.duration_months))::date AS term_on
            FROM pairs p
            LEFT JOIN programmes pr ON pr.programme_id = p.programme_id
            WHERE p.status IN ('Proposed', 'AwaitingMentee', 'Introduced', 'Contracting', 'Active')
        )
        SELECT id, programme_id, '{AlertKinds.MentorDecisionOverdue}', mentee_id, mentor_id, referent_id, NULL::uuid
        FROM live WHERE status = 'Proposed' AND proposed_at <= @now - @decision
        UNION ALL
        SELECT id, programme_id, '{AlertKinds.FirstMeetingNotHeld}', mentee_id, mentor_id, referent_id, NULL
        FROM live WHERE status = 'Introduced' AND accepted_at <= @now - @first_meeting
        UNION ALL
        SELECT id, programme_id, '{AlertKinds.ContractUnsigned}', mentee_id, mentor_id, referent_id, NULL
        FROM live WHERE status = 'Contracting' AND contracting_since <= @now - @contract
        UNION ALL
        SELECT id, programme_id, '{AlertKinds.BehindCadence}', mentee_id, mentor_id, referent_id, NULL
        FROM live WHERE status = 'Active' AND last_met_on <= @today - weeks * 7
        UNION ALL
        SELECT id, programme_id, '{AlertKinds.ActionPlanMissing}', mentee_id, mentor_id, referent_id, NULL
        FROM live WHERE status = 'Active' AND goals_total = 0 AND activated_at <= @now - @action_plan
        UNION ALL
        SELECT id, programme_id, '{AlertKinds.TermApproaching}', mentee_id, mentor_id, referent_id, NULL
        FROM live WHERE status = 'Active' AND @today < term_on AND @today >= term_on - @term_warning_days
        UNION ALL
        SELECT id, programme_id, '{AlertKinds.TermPassed}', mentee_id, mentor_id, referent_id, NULL
        FROM live WHERE status = 'Active' AND term_on <= @today
        UNION ALL
        SELECT DISTINCT live.id, live.programme_id, '{AlertKinds.ConcernUnanswered}', live.mentee_id, live.mentor_id, live.referent_id, NULL::uuid
        FROM pair_concerns c JOIN live ON live.id = c.pair_id
        WHERE c.resolved_at IS NULL
          AND ((c.acknowledged_at IS NULL AND c.raised_at <= @now - @concern)
               OR (c.escalated_at IS NOT NULL AND (c.acknowledged_at IS NULL OR c.acknowledged_at < c.escalated_at)))
        UNION ALL
        SELECT p.id, p.programme_id, '{AlertKinds.SurveyPending}', p.mentee_id, p.mentor_id, p.referent_id, s.respondent_id
        FROM survey_assignments s JOIN pairs p ON p.id = s.pair_id
        WHERE s.completed_at IS NULL AND s.assigned_at <= @now - @survey
        """;

    public static async Task<IReadOnlyList<AlertCondition>> HoldingAsync(
        NpgsqlConnection connection, AlertsOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("today", CalendarDays.Of(now));
        command.Parameters.AddWithValue("default_weeks", options.DefaultWeeksWithoutMeeting);
        command.Parameters.AddWithValue("decision", options.MentorDecisionAfter);
        command.Parameters.AddWithValue("first_meeting", options.FirstMeetingAfter);
        command.Parameters.AddWithValue("contract", options.ContractAfter);
        command.Parameters.AddWithValue("action_plan", options.ActionPlanAfter);
        command.Parameters.AddWithValue("term_warning_days", options.TermWarningDays);
        command.Parameters.AddWithValue("concern", options.ConcernAfter);
        command.Parameters.AddWithValue("survey", options.SurveyAfter);

        var conditions = new List<AlertCondition>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            conditions.Add(new AlertCondition(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.GetGuid(3),
                reader.GetGuid(4),
                reader.IsDBNull(5) ? null : reader.GetGuid(5),
                reader.IsDBNull(6) ? null : reader.GetGuid(6)));
        }

        return conditions;
    }
}
