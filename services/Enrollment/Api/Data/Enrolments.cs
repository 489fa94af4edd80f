using Mentorship.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Data;

/// <summary>A programme's counts of applications per role and status, and the lock approvals take to stay within capacity.</summary>
public static class Enrolments
{
    /// <summary>One grouped query over the active applications (index on programme, role, status).</summary>
    public static async Task<Enrolment> CountAsync(this EnrollmentDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        var groups = await db.Applications.AsNoTracking()
            .Where(a => a.ProgrammeId == programmeId && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Approved))
            .GroupBy(a => new { a.Role, a.Status })
            .Select(g => new { g.Key.Role, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(ParticipantRole role, ApplicationStatus? status = null) =>
            groups.Where(g => g.Role == role && (status is null || g.Status == status)).Sum(g => g.Count);
        return new Enrolment(
            Count(ParticipantRole.Mentee), Count(ParticipantRole.Mentee, ApplicationStatus.Approved),
            Count(ParticipantRole.Mentor), Count(ParticipantRole.Mentor, ApplicationStatus.Approved));
    }

    /// <summary>
    /// Locks the programme's row until the transaction ends and reads its capacity and approved count for
    /// the role: two approvals racing for the last place take turns, and the second counts the first's.
    /// A settings edit waits for the lock too, so the capacity read is the one in force.
    /// </summary>
    public static async Task<(int? Capacity, int Approved)> LockPlacesAsync(
        this EnrollmentDbContext db, Guid programmeId, ParticipantRole role, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM programmes WHERE id = {programmeId} FOR UPDATE", cancellationToken);
        var capacity = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.Capacity).SingleAsync(cancellationToken);
        var approved = await db.Applications.CountAsync(
            a => a.ProgrammeId == programmeId && a.Role == role && a.Status == ApplicationStatus.Approved, cancellationToken);
        return (capacity.For(role), approved);
    }
}
