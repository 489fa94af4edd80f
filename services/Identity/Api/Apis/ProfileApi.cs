using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Data;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Resources;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Apis;

/// <summary>
/// The signed-in person's own profile: the name they are shown by and their preferred language, which
/// their tokens carry ("name", "locale") from the next refresh on, and which sign-in mails are written in.
/// Only their own: the route names no one else, and a token that is not a person's (a client's) has none.
/// </summary>
public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var profile = app.MapGroup("/api/me/profile").WithTags("Profile").RequireAuthorization(IdentityCallers.Policy);
        profile.MapGet("", GetProfile);
        profile.MapPut("", UpdateProfile).WithValidation<ProfileRequest>();
        return app;
    }

    public static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> GetProfile(
        CurrentUser user, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (user.PersonId == Guid.Empty)
            return NotAPerson();
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == user.PersonId, cancellationToken);
        return person is null ? ApiProblems.NotFound("person", user.PersonId) : TypedResults.Ok(await ViewAsync(db, person, cancellationToken));
    }

    public static async Task<Results<Ok<ProfileView>, ValidationProblem, ProblemHttpResult>> UpdateProfile(
        ProfileRequest request, CurrentUser user, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (user.PersonId == Guid.Empty)
            return NotAPerson();
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == user.PersonId, cancellationToken);
        if (person is null)
            return ApiProblems.NotFound("person", user.PersonId);

        person.DisplayName = request.DisplayName!.Trim();
        person.Locale = request.PreferredLanguage!;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(db, person, cancellationToken));
    }

    private static async Task<ProfileView> ViewAsync(IdentityDbContext db, Person person, CancellationToken cancellationToken)
    {
        var accounts = await db.ExternalLogins.AsNoTracking()
            .Where(l => l.PersonId == person.Id)
            .OrderBy(l => l.LinkedAt)
            .Select(l => new LinkedAccountView(l.Provider, l.Institution, l.LinkedAt))
            .ToListAsync(cancellationToken);
        return new ProfileView(person.Id, person.DisplayName, person.Locale, person.Email, accounts);
    }

    private static ProblemHttpResult NotAPerson() =>
        ApiProblems.Forbidden(IdentityTexts.All.InUiLanguage("problem.profile.person-only"));
}
