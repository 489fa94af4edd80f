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
    /// Locks the programme's row until the transaction ends and reads the role's capacity, and with a limit
    /// the approved count. Where the programme read before had no limit for the role, the lock is shared:
    /// approvals run side by side (an exclusive lock made a programme's approvals take turns, 30 a second
    /// at 16 connections), while a settings edit, which updates the row, waits for them and they for it.
    /// With a limit, the row's update lock: two approvals racing for the last place take turns, and the
    /// second counts the first's. Returns null when a limit appeared since the programme was read: the
    /// caller ends this transaction and asks again with <paramref name="limited"/> set, since upgrading a
    /// shared lock that another approval also holds would deadlock.
    /// </summary>
    public static async Task<Places?> LockPlacesAsync(
        this EnrollmentDbContext db, Guid programmeId, ParticipantRole role, bool limited, CancellationToken cancellationToken)
    {
        var capacity = await (limited
            ? db.Database.SqlQuery<ProgrammeCapacityRow>($"SELECT capacity_mentees, capacity_mentors FROM programmes WHERE id = {programmeId} FOR UPDATE")
            : db.Database.SqlQuery<ProgrammeCapacityRow>($"SELECT capacity_mentees, capacity_mentors FROM programmes WHERE id = {programmeId} FOR SHARE"))
            .SingleAsync(cancellationToken);
        var limit = new ProgrammeCapacity(capacity.CapacityMentees, capacity.CapacityMentors).For(role);
        if (limit is null)
            return new Places(null, 0);
        if (!limited)
            return null;

        var approved = await db.Applications.CountAsync(
            a => a.ProgrammeId == programmeId && a.Role == role && a.Status == ApplicationStatus.Approved, cancellationToken);
        return new Places(limit, approved);
    }
}

/// <summary>A role's capacity in a programme (null: no limit) and how many are approved in it (counted only under a limit).</summary>
public sealed record Places(int? Capacity, int Approved);

/// <summary>The capacity columns, read under the lock (a complex property's columns are not composable after FromSql).</summary>
public sealed record ProgrammeCapacityRow(int? CapacityMentees, int? CapacityMentors);
