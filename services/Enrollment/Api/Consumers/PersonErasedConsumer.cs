using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Enrollment.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Consumers;

/// <summary>
/// Records a service's receipt. The erasure's row is locked first, so two receipts arriving together
/// see each other and exactly one of them finds the erasure complete; that one also deletes the sent
/// request from the outbox, the last place the person's id was kept.
/// </summary>
public sealed class PersonErasedConsumer(EnrollmentDbContext db) : IConsumer<PersonErased>
{
    public async Task Consume(ConsumeContext<PersonErased> context)
    {
        var erased = context.Message;
        var cancellationToken = context.CancellationToken;
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM person_erasures WHERE id = {erased.ErasureId} FOR UPDATE", cancellationToken);
        var erasure = await db.Erasures.Include(e => e.Receipts).FirstOrDefaultAsync(e => e.Id == erased.ErasureId, cancellationToken);
        if (erasure is null || !erasure.Confirm(erased.Service, erased.ErasedAt))
            return;

        if (erasure.IsCompleted)
            await PersonErasure.ForgetMessagesMentioningAsync(db, PersonErasure.Text(erasure.Id), cancellationToken);
    }
}
