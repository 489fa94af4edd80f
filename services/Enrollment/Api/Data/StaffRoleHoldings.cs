using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Data;

/// <summary>
/// Records a grant or a revocation with one upsert that keeps the newest change: Identity's events may
/// arrive in any order or twice (redelivery), and the latest statement about a role always stays.
/// </summary>
public static class StaffRoleHoldings
{
    public static Task RecordAsync(
        this EnrollmentDbContext db,
        Guid personId,
        Guid programmeId,
        string role,
        bool held,
        DateTimeOffset at,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO staff_roles (person_id, programme_id, role, held, changed_at)
            VALUES ({personId}, {programmeId}, {role}, {held}, {at})
            ON CONFLICT (person_id, programme_id, role) DO UPDATE SET held = excluded.held, changed_at = excluded.changed_at
            WHERE staff_roles.changed_at < excluded.changed_at
            """, cancellationToken);
}
