using Mentorship.Identity.Data;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Mail;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Identity.SignIn;

/// <summary>Issues and checks one-time sign-in codes, and finds or creates the person a checked code signs in.</summary>
public sealed class SignInCodes(IdentityDbContext db, SignInCodeMailer mailer, TimeProvider clock)
{
    /// <summary>Codes one address may be sent per <see cref="SignInCode.Lifetime"/>: enough for a lost mail, too few to flood an inbox.</summary>
    public const int MaxCodesPerLifetime = 3;

    /// <summary>Issues and mails a code, or returns false when the address already received its share recently.</summary>
    public async Task<bool> IssueAsync(string email, string? requestedLocale, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var code = CodeHashes.NewCode();
        string locale;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // One request per address at a time, so that parallel requests cannot pass the limit together.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({email}))", cancellationToken);
            var recent = await db.SignInCodes.CountAsync(c => c.Email == email && c.CreatedAt > now - SignInCode.Lifetime, cancellationToken);
            if (recent >= MaxCodesPerLifetime)
                return false;

            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Email == email, cancellationToken);
            locale = person?.Locale ?? requestedLocale ?? Locales.Default;
            var id = Guid.CreateVersion7();
            db.SignInCodes.Add(new SignInCode
            {
                Id = id,
                Email = email,
                CodeHash = CodeHashes.Hash(id, code),
                Locale = locale,
                CreatedAt = now,
                ExpiresAt = now + SignInCode.Lifetime,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await mailer.SendAsync(email, locale, code, cancellationToken);
        return true;
    }

    /// <summary>Checks the address's latest code; each check spends one attempt, a right code is used once.</summary>
    public async Task<(CodeVerdict Verdict, Person? Person)> VerifyAsync(string email, string code, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var latest = await db.SignInCodes.AsNoTracking()
            .Where(c => c.Email == email && c.UsedAt == null)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.ExpiresAt <= now)
            return (CodeVerdict.WrongOrExpired, null);

        // The attempt is spent before the comparison, atomically, so parallel guesses cannot exceed the bound.
        var spent = await db.SignInCodes
            .Where(c => c.Id == latest.Id && c.UsedAt == null && c.Attempts < SignInCode.MaxAttempts)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Attempts, c => c.Attempts + 1), cancellationToken);
        if (spent == 0)
            return (CodeVerdict.AttemptsExhausted, null);
        if (!CodeHashes.Matches(latest.Id, code, latest.CodeHash))
            return (CodeVerdict.WrongOrExpired, null);

        var used = await db.SignInCodes
            .Where(c => c.Id == latest.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UsedAt, now), cancellationToken);
        if (used == 0)
            return (CodeVerdict.WrongOrExpired, null);

        return (CodeVerdict.Accepted, await FindOrCreatePersonAsync(email, latest.Locale, now, cancellationToken));
    }

    private async Task<Person> FindOrCreatePersonAsync(string email, string locale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.People.FirstOrDefaultAsync(p => p.Email == email, cancellationToken) is { } known)
            return known;

        var person = new Person { Id = Guid.NewGuid(), Email = email, DisplayName = Emails.LocalPart(email), Locale = locale, CreatedAt = now };
        db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return person;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A parallel first sign-in of the same address created the person first.
            db.ChangeTracker.Clear();
            return await db.People.FirstAsync(p => p.Email == email, cancellationToken);
        }
    }
}
