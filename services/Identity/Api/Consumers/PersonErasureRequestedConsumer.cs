using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Mentorship.Identity.Consumers;

/// <summary>
/// Identity's part of an erasure, in one transaction with its receipt: the account goes (address, name,
/// language), with the sign-in codes mailed to its address, its tokens and authorizations (every
/// session ends), its staff roles and its programme memberships. The staff audit keeps every grant and
/// revocation, so the programme still sees that a change happened, but the person (as grantee or as
/// actor) becomes a pseudonym, as every other id of theirs left in the database.
/// </summary>
public sealed class PersonErasureRequestedConsumer(IdentityDbContext db, TimeProvider clock) : IConsumer<PersonErasureRequested>
{
    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var request = context.Message;
        var cancellationToken = context.CancellationToken;
        var subject = PersonErasure.Text(request.PersonId);

        var email = await db.People.Where(p => p.Id == request.PersonId).Select(p => p.Email).FirstOrDefaultAsync(cancellationToken);
        if (email is not null)
            await db.SignInCodes.Where(c => c.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OpenIddictEntityFrameworkCoreToken>().Where(t => t.Subject == subject).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OpenIddictEntityFrameworkCoreAuthorization>().Where(a => a.Subject == subject).ExecuteDeleteAsync(cancellationToken);
        await db.StaffAssignments.Where(a => a.PersonId == request.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.ProgrammeParticipants.Where(p => p.PersonId == request.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.People.Where(p => p.Id == request.PersonId).ExecuteDeleteAsync(cancellationToken);
        await PersonErasure.CompleteAsync(db, request.PersonId, new PersonErased(request.ErasureId, ResourceNames.Identity, clock.GetUtcNow()), clock, cancellationToken);
    }
}
