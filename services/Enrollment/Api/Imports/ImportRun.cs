using Mentorship.Enrollment.Apis;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Imports;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// Imports one queued file: checks every row, then writes the rows in batches. A batch is one
/// transaction holding the programme's import lock: its duplicates are looked up, its applications,
/// keys and row outcomes inserted and the progress advanced by one SaveChanges, so it is written
/// whole or not at all and a restart resumes after the last committed batch. Submitted applications
/// announce nothing (as on the single route); staff approve them, which publishes ApplicationApproved.
/// </summary>
public sealed class ImportRun(EnrollmentDbContext db, ImportChecker checker, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task ExecuteAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await LoadAsync(importId, cancellationToken);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == import.ProgrammeId, cancellationToken);
        IReadOnlyList<CheckedRow> rows;
        try
        {
            rows = checker.Check(ImportFiles.Read(import.Content ?? [], import.Format));
        }
        catch (ImportFileException unreadable)
        {
            import.Fail(unreadable.Message, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        while (import.Processed < rows.Count)
        {
            var batch = rows.Skip(import.Processed).Take(ImportLimits.BatchSize).ToList();
            import = await WriteBatchAsync(import, programme, batch, cancellationToken);
        }

        import.Complete(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A unique index that caught a concurrent writer (a single application sent meanwhile) makes the batch start over.</summary>
    private async Task<ApplicationImport> WriteBatchAsync(
        ApplicationImport import, Programme programme, IReadOnlyList<CheckedRow> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(programme.Id)})", cancellationToken);
                var rows = await ImportChecker.MarkExistingAsync(db, programme.Id, batch, cancellationToken);
                var now = clock.GetUtcNow();
                var outcomes = rows.Select(row => Write(import, programme, row, now)).ToList();
                db.AddRange(outcomes);
                import.RecordBatch(outcomes, now);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                // Written rows need no tracking; a tracker growing with every batch would make each SaveChanges slower.
                db.ChangeTracker.Clear();
                db.Attach(import);
                return import;
            }
            catch (DbUpdateException conflict) when (attempt < Attempts
                                                      && conflict.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                db.ChangeTracker.Clear();
                import = await LoadAsync(import.Id, cancellationToken);
            }
        }
    }

    private ImportRowOutcome Write(ApplicationImport import, Programme programme, CheckedRow row, DateTimeOffset now)
    {
        if (row.Status != ImportRowStatus.Valid)
            return new ImportRowOutcome { ImportId = import.Id, Row = row.Row, Status = row.Status, Errors = [.. row.Errors] };

        var application = ApplicationsApi.NewApplication(programme, row.Request!, row.PersonId, import.RequestedBy, now);
        db.Applications.Add(application);
        db.AddEvent(EnrollmentEvents.Submitted(application), clock);
        db.Add(new ImportedApplicationKey
        {
            ProgrammeId = programme.Id, Role = row.Role, Email = row.Email, ApplicationId = application.Id, ImportId = import.Id,
        });
        return new ImportRowOutcome
        {
            ImportId = import.Id, Row = row.Row, Status = ImportRowStatus.Valid, ApplicationId = application.Id, Eligible = application.Eligible,
        };
    }

    private Task<ApplicationImport> LoadAsync(Guid importId, CancellationToken cancellationToken) =>
        db.Set<ApplicationImport>().SingleAsync(i => i.Id == importId, cancellationToken);

    /// <summary>One advisory lock per programme serialises imports into it across replicas.</summary>
    private static long LockKey(Guid programmeId) => BitConverter.ToInt64(programmeId.ToByteArray(), 0) ^ 0x1A2B3C4D5E6F7081;
}
