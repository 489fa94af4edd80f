using System.Security.Claims;
using Mentorship.Identity.Data;
using Mentorship.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mentorship.Identity.ExternalSignIn;

/// <summary>
/// The person an institution's account signs in: the one it is linked to; else, the first time, the
/// person with the same address when the provider says the address is verified; else a new person.
/// An unverified address that is already someone's is refused: it would hand their account to whoever
/// typed it at a provider that does not check addresses.
/// </summary>
public sealed class ExternalAccounts(IdentityDbContext db, TimeProvider clock)
{
    public async Task<(ExternalRefusal? Refusal, Person? Person)> SignInAsync(
        ExternalProvider provider, ClaimsPrincipal account, string locale, CancellationToken cancellationToken)
    {
        var subject = account.FindFirst(Claims.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > ExternalLogin.SubjectMaxLength)
            return (ExternalRefusal.NoSubject, null);

        try
        {
            return await LinkAsync(provider, subject, account, locale, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A parallel first sign-in linked the account, or created the person of the address, first: this time it is found.
            db.ChangeTracker.Clear();
            return await LinkAsync(provider, subject, account, locale, cancellationToken);
        }
    }

    private async Task<(ExternalRefusal? Refusal, Person? Person)> LinkAsync(
        ExternalProvider provider, string subject, ClaimsPrincipal account, string locale, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var link = await db.ExternalLogins.FirstOrDefaultAsync(l => l.Provider == provider.Key && l.Subject == subject, cancellationToken);
        if (link is not null)
        {
            link.LastSignedInAt = now;
            await db.SaveChangesAsync(cancellationToken);
            return (null, await db.People.FirstAsync(p => p.Id == link.PersonId, cancellationToken));
        }

        var email = AddressOf(account);
        var verified = email is not null && bool.TryParse(account.FindFirst(Claims.EmailVerified)?.Value, out var isVerified) && isVerified;
        var person = email is null ? null : await db.People.FirstOrDefaultAsync(p => p.Email == email, cancellationToken);
        if (person is not null && !verified)
            return (ExternalRefusal.UnverifiedEmailInUse, null);

        if (person is null)
        {
            person = new Person
            {
                Id = Guid.NewGuid(),
                Email = verified ? email : null,
                DisplayName = NameOf(account, verified ? email : null) ?? provider.DisplayName,
                Locale = locale,
                CreatedAt = now,
            };
            db.People.Add(person);
        }

        db.ExternalLogins.Add(new ExternalLogin
        {
            Id = Guid.CreateVersion7(now),
            PersonId = person.Id,
            Provider = provider.Key,
            Subject = subject,
            Institution = provider.Institution,
            LinkedAt = now,
            LastSignedInAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (null, person);
    }

    private static string? AddressOf(ClaimsPrincipal account) =>
        account.FindFirst(Claims.Email)?.Value is { } email && email.Contains('@', StringComparison.Ordinal) && email.Trim().Length <= Person.EmailMaxLength
            ? Emails.Normalise(email)
            : null;

    /// <summary>The provider's name for the person, else the given and family names, else the verified address's local part.</summary>
    private static string? NameOf(ClaimsPrincipal account, string? verifiedEmail) =>
        DisplayNames.Clean(account.FindFirst(Claims.Name)?.Value)
        ?? DisplayNames.Clean($"{account.FindFirst(Claims.GivenName)?.Value} {account.FindFirst(Claims.FamilyName)?.Value}")
        ?? (verifiedEmail is null ? null : DisplayNames.Clean(Emails.LocalPart(verifiedEmail)));
}
