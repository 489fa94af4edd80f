using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Enrollment.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Consumers;

/// <summary>
/// Enrollment's own part of an erasure: the person's applications go (name, address, birth date,
/// answers; their import keys with them) with the staff roles Identity announced, ids of the person left elsewhere (a conflict someone else
/// declared, a decision they took as staff) become a pseudonym, then the receipt, all in one transaction.
/// </summary>
public sealed class PersonErasureRequestedConsumer(EnrollmentDbContext db, TimeProvider clock) : IConsumer<PersonErasureRequested>
{
    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var request = context.Message;
        var cancellationToken = context.CancellationToken;
        await db.Applications.Where(a => a.PersonId == request.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.StaffRoles.Where(s => s.PersonId == request.PersonId).ExecuteDeleteAsync(cancellationToken);
        await PersonErasure.CompleteAsync(db, request.PersonId, new PersonErased(request.ErasureId, ResourceNames.Enrollment, clock.GetUtcNow()), clock, cancellationToken);
    }
}
