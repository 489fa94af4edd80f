using System.Diagnostics;
using System.Net;
using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;

namespace Mentorship.Identity.Tests.Privacy;

/// <summary>Identity's part of an erasure, taken from the bus: the account and what hangs on it go, the staff audit keeps a pseudonym.</summary>
public sealed class PersonErasureTests(ErasureFactory identity) : IClassFixture<ErasureFactory>
{
    [Fact]
    public async Task Erasing_deletes_the_account_its_codes_tokens_and_roles_pseudonymises_the_audit_and_confirms_once()
    {
        var programme = Guid.NewGuid();
        var email = SignInFlow.NewEmail();
        var flow = new SignInFlow(identity);
        var person = await flow.SignInAsync(email);
        await flow.TokensAsync();
        await identity.GrantAsync(programme, person, PlatformRoles.Coordinator);
        using (var pending = await flow.RequestCodeAsync(email))
            Assert.Equal(HttpStatusCode.Accepted, pending.StatusCode);
        Assert.NotEqual(0, await identity.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken>().CountAsync(t => t.Subject == person.ToString())));

        var request = new PersonErasureRequested(Guid.NewGuid(), person, DateTimeOffset.UtcNow);
        var bus = identity.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        var clock = Stopwatch.StartNew();
        await bus.Publish(request, context => context.MessageId = messageId);
        await Eventually.Get(async () => (await PublishedAsync()).Any(e => e.ErasureId == request.ErasureId) ? (object)true : null, "identity's receipt", 20);
        var confirmedIn = clock.Elapsed;
        await bus.Publish(request, context => context.MessageId = messageId);
        await Eventually.Get(
            () => Task.FromResult<object?>(identity.Logs.Lines.Any(line => line.Contains(messageId.ToString(), StringComparison.Ordinal) && line.Contains("already applied", StringComparison.Ordinal)) ? true : null),
            "the redelivered request acknowledged without effect",
            20);

        Assert.Single(await PublishedAsync(), e => e.ErasureId == request.ErasureId && e.Service == ResourceNames.Identity);
        Assert.True(confirmedIn < TimeSpan.FromSeconds(20), $"confirmed in {confirmedIn}");
        Assert.Equal(0, await identity.QueryAsync(db => db.People.CountAsync(p => p.Id == person || p.Email == email)));
        Assert.Equal(0, await identity.QueryAsync(db => db.SignInCodes.CountAsync(c => c.Email == email)));
        Assert.Equal(0, await identity.QueryAsync(db => db.StaffAssignments.CountAsync(a => a.PersonId == person)));
        Assert.Equal(0, await identity.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken>().CountAsync(t => t.Subject == person.ToString())));
        Assert.Equal(0, await identity.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreAuthorization>().CountAsync(a => a.Subject == person.ToString())));
        var audit = Assert.Single(await identity.QueryAsync(db => db.StaffAudit.Where(e => e.ProgrammeId == programme).ToListAsync()));
        Assert.Equal((StaffChange.Granted, PlatformRoles.Coordinator), (audit.Change, audit.Role));
        Assert.NotEqual(person, audit.PersonId);
        Assert.Empty((await identity.QueryAsync(db => PersonExport.ReadAsync(db, ResourceNames.Identity, person, DateTimeOffset.UtcNow, CancellationToken.None))).Tables);
    }

    [Fact]
    public async Task A_person_signed_in_again_after_their_erasure_is_a_new_account()
    {
        var email = SignInFlow.NewEmail();
        var person = await new SignInFlow(identity).SignInAsync(email);
        var request = new PersonErasureRequested(Guid.NewGuid(), person, DateTimeOffset.UtcNow);
        await identity.Services.GetRequiredService<IBus>().Publish(request);
        await Eventually.Get(async () => (await PublishedAsync()).Any(e => e.ErasureId == request.ErasureId) ? (object)true : null, "identity's receipt", 20);

        var again = await new SignInFlow(identity).SignInAsync(email);

        Assert.NotEqual(person, again);
    }

    private Task<IReadOnlyList<PersonErased>> PublishedAsync() =>
        identity.QueryAsync(db => OutboxMessages.PublishedAsync<PersonErased>(db));
}
