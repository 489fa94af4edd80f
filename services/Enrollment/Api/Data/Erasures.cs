using Mentorship.Enrollment.Contracts;
using Mentorship.Enrollment.Domain.Erasures;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Enrollment.Data;

/// <summary>
/// The one way an erasure is requested, by a person or an admin (DELETE /api/people/{id}) or by the
/// retention rule: recorded once per person and published through the outbox in the same commit.
/// </summary>
public static class Erasures
{
    /// <summary>Records and announces the erasure; when one exists or another request wins the race, returns that one.</summary>
    public static async Task<Erasure> RequestErasureAsync(
        this EnrollmentDbContext db, Guid personId, IReadOnlyCollection<Guid> programmeIds, TimeProvider clock, CancellationToken cancellationToken)
    {
        var erasure = Erasure.Request(personId, programmeIds, clock.GetUtcNow());
        db.Erasures.Add(erasure);
        db.AddEvent(new PersonErasureRequested(erasure.Id, personId, erasure.RequestedAt), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return erasure;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another request for the same person committed first: that one stands.
            db.ChangeTracker.Clear();
            return await db.FindErasureAsync(personId, cancellationToken) ?? throw new InvalidOperationException("The erasure that won the race is gone.", exception);
        }
    }

    public static Task<Erasure?> FindErasureAsync(this EnrollmentDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var key = Erasure.KeyOf(personId);
        return db.Erasures.AsNoTracking().Include(e => e.Receipts).FirstOrDefaultAsync(e => e.PersonKey == key, cancellationToken);
    }
}
