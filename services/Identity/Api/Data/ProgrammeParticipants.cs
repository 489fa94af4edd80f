using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Data;

/// <summary>
/// Records (programme, person) once, from whichever of Enrollment's events arrives first (the
/// submission or the approval); a redelivery or the other event changes nothing.
/// </summary>
public static class ProgrammeParticipants
{
    public static Task RecordParticipantAsync(this IdentityDbContext db, Guid programmeId, Guid personId, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programme_participants (programme_id, person_id, since)
            VALUES ({programmeId}, {personId}, {at})
            ON CONFLICT (programme_id, person_id) DO NOTHING
            """, cancellationToken);
}
