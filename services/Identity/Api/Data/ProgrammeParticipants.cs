using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Data;

/// <summary>
/// Records (programme, person) once, from whichever of Enrollment's events arrives first (the
/// submission or the approval); a redelivery or the other event changes nothing. A batch of events is
/// one statement: during intake the submissions arrive by the hundred a second.
/// </summary>
public static class ProgrammeParticipants
{
    public static Task RecordParticipantsAsync(this IdentityDbContext db, IReadOnlyCollection<ParticipantSince> participants, CancellationToken cancellationToken)
    {
        Guid[] programmeIds = [.. participants.Select(p => p.ProgrammeId)];
        Guid[] personIds = [.. participants.Select(p => p.PersonId)];
        DateTimeOffset[] since = [.. participants.Select(p => p.Since.ToUniversalTime())];
        // Inserted earliest first: when a batch holds the same person twice, the row keeps the earlier time.
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programme_participants (programme_id, person_id, since)
            SELECT * FROM unnest({programmeIds}, {personIds}, {since}) AS p(programme_id, person_id, since) ORDER BY since
            ON CONFLICT (programme_id, person_id) DO NOTHING
            """, cancellationToken);
    }
}
