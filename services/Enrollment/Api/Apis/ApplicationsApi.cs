using System.Text.Json;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Consents;
using Mentorship.Enrollment.Contracts;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Enrollment.Apis;

public static class ApplicationsApi
{
    private static readonly string[] Reviewers = [PlatformRoles.Coordinator, PlatformRoles.ProgrammeAdmin];
    private static readonly string[] Readers = [PlatformRoles.Coordinator, PlatformRoles.ProgrammeAdmin, PlatformRoles.Referent];

    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var programmeApplications = app.MapGroup("/api/programmes/{programmeId:guid}/applications").WithTags("Applications");
        programmeApplications.MapPost("", SubmitApplication).WithValidation<SubmitApplicationRequest>();
        programmeApplications.MapGet("", ListApplications)
            .RequireProgrammeStaff("Applications are listed to the programme's coordinators, admins and referents.", Readers);

        var application = app.MapGroup("/api/applications/{applicationId:guid}").WithTags("Applications");
        application.MapGet("", GetApplication);
        application.MapPost("/preparation/{step}", RecordPreparation)
            .RequireProgrammeStaff(ApplicationAccess.Scope, "Preparation steps are recorded by the programme's coordinators and admins.", Reviewers);
        application.MapPost("/approve", ApproveApplication)
            .RequireProgrammeStaff(ApplicationAccess.Scope, "Applications are approved by the programme's coordinators and admins.", Reviewers);
        application.MapPost("/reject", RejectApplication)
            .RequireProgrammeStaff(ApplicationAccess.Scope, "Applications are rejected by the programme's coordinators and admins.", Reviewers)
            .WithValidation<DecisionRequest>();
        application.MapPost("/withdraw", WithdrawApplication).WithValidation<DecisionRequest>();
        application.MapPut("/consent", RecordConsent).WithValidation<ConsentInput>();
        return app;
    }

    public static async Task<Results<Created<ApplicationView>, ProblemHttpResult>> SubmitApplication(
        Guid programmeId,
        SubmitApplicationRequest request,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var personId = request.PersonId ?? user.PersonId;
        var role = request.Role!.Value;
        // The programme (read only: the application refers to it by id) and whether this person already
        // has an active application in it, in one round trip: under intake each round trip costs CPU here
        // and in PostgreSQL.
        var found = await db.Programmes.AsNoTracking()
            .Where(p => p.Id == programmeId)
            .Select(p => new
            {
                Programme = p,
                AlreadyActive = db.Applications.Any(a => a.ProgrammeId == programmeId && a.PersonId == personId && a.Role == role
                    && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Approved)),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
            return ApiProblems.NotFound("programme", programmeId);
        var programme = found.Programme;

        var actsForSomeoneElse = request.PersonId is { } given && given != user.PersonId;
        if (actsForSomeoneElse && !user.IsStaffOf(programmeId, Reviewers))
            return ApiProblems.Forbidden(EnrollmentTexts.All.InUiLanguage("problem.application.on-behalf-staff-only"));
        // Partner-led recruitment: staff enter applications whatever the window says.
        if (!programme.ApplicationWindow.Includes(ProgrammeCalendar.Today(clock)) && !user.IsStaffOf(programmeId, Reviewers))
            return ProgrammeRuleProblems.OutsideApplicationWindow(programme.ApplicationWindow);

        if (found.AlreadyActive)
            return ApiProblems.Conflict(
                EnrollmentTexts.All.InUiLanguage("problem.application.already-active"),
                EnrollmentTexts.All.InUiLanguage("problem.application.withdraw-first"));

        var application = NewApplication(programme, request, personId, user.PersonId, clock.GetUtcNow());
        db.Applications.Add(application);
        db.AddEvent(EnrollmentEvents.Submitted(application), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/applications/{application.Id}", ApplicationView.From(application, programme, TextLanguages.Choose(http, application.Person.Language)));
    }

    public static async Task<Ok<PagedResult<ApplicationSummary>>> ListApplications(
        Guid programmeId,
        [FromQuery] string? role,
        [FromQuery] string? status,
        [AsParameters] PageQuery page,
        EnrollmentDbContext db,
        CancellationToken cancellationToken)
    {
        var roleFilter = QueryEnum.Parse<ParticipantRole>(role, "role");
        var statusFilter = QueryEnum.Parse<ApplicationStatus>(status, "status");
        var query = db.Applications.AsNoTracking().Where(a => a.ProgrammeId == programmeId);
        if (roleFilter is { } r)
            query = query.Where(a => a.Role == r);
        if (statusFilter is { } s)
            query = query.Where(a => a.Status == s);

        var result = await query.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToPageAsync(page, cancellationToken);
        var items = result.Items
            .Select(a => new ApplicationSummary(
                a.Id, a.PersonId, a.Person.FirstName, a.Person.LastName, a.Role, a.Status, a.Eligible,
                a.Preparation.Count, a.SubmittedAt))
            .ToList();
        return TypedResults.Ok(new PagedResult<ApplicationSummary>(items, result.Page, result.PageSize, result.Total));
    }

    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetApplication(
        Guid applicationId,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        CancellationToken cancellationToken)
    {
        var (application, programme) = await LoadAsync(db, applicationId, cancellationToken);
        if (application is null || programme is null)
            return ApiProblems.NotFound("application", applicationId);
        if (!ApplicationAccess.IsApplicantOrStaff(user, application, Readers))
            return ApiProblems.Forbidden(EnrollmentTexts.All.InUiLanguage("problem.application.shown-to"));
        return TypedResults.Ok(ApplicationView.From(application, programme, TextLanguages.Choose(http, application.Person.Language)));
    }

    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> RecordPreparation(
        Guid applicationId,
        string step,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (application, programme) = await LoadAsync(db, applicationId, cancellationToken);
        if (application is null || programme is null)
            return ApiProblems.NotFound("application", applicationId);

        var result = application.RecordPreparation(programme.Template, step, user.PersonId, clock.GetUtcNow());
        if (result.Refused)
            return result.ToProblem();

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApplicationView.From(application, programme, TextLanguages.Choose(http, application.Person.Language)));
    }

    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> ApproveApplication(
        Guid applicationId,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        IOptions<MessagingOptions> messaging,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (application, programme) = await LoadAsync(db, applicationId, cancellationToken);
        if (application is null || programme is null)
            return ApiProblems.NotFound("application", applicationId);

        var now = clock.GetUtcNow();
        var result = application.Approve(programme.Template, user.PersonId, now);
        if (result.Refused)
            return result.ToProblem();
        // The capacity is checked under a lock on the programme's row, held until this approval commits. A
        // limit set since the programme was read sends it round once more, in a fresh transaction under the
        // row's update lock (the first one rolls back as it is disposed).
        for (var limited = programme.Capacity.For(application.Role) is not null; result.Changed; limited = true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var places = await db.LockPlacesAsync(programme.Id, application.Role, limited, cancellationToken);
            if (places is null)
                continue;
            if (places.Approved >= places.Capacity)
                return ProgrammeRuleProblems.CapacityReached(application.Role, places.Capacity.Value, places.Approved);

            db.AddEvent(EnrollmentEvents.Approved(application, programme, now), clock);
            // Evaluation counts everyone approved as consenting to research unless told otherwise.
            if (!application.Consent.Research)
                db.AddEvent(EnrollmentEvents.ResearchConsent(application, now), clock);
            db.AddSent(EnrollmentEvents.ContactShared(application, now), messaging.Value.QueueAddress(MailContactShared.Queue), clock);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            break;
        }

        return TypedResults.Ok(ApplicationView.From(application, programme, TextLanguages.Choose(http, application.Person.Language)));
    }

    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> RejectApplication(
        Guid applicationId,
        [FromBody] DecisionRequest? request,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (application, programme) = await LoadAsync(db, applicationId, cancellationToken);
        if (application is null || programme is null)
            return ApiProblems.NotFound("application", applicationId);

        var result = application.Reject(user.PersonId, clock.GetUtcNow(), Trimmed(request?.Reason));
        if (result.Refused)
            return result.ToProblem();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApplicationView.From(application, programme, TextLanguages.Choose(http, application.Person.Language)));
    }

    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> WithdrawApplication(
        Guid applicationId,
        [FromBody] DecisionRequest? request,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (application, programme) = await LoadAsync(db, applicationId, cancellationToken);
        if (application is null || programme is null)
            return ApiProblems.NotFound("application", applicationId);
        if (!ApplicationAccess.IsApplicantOrStaff(user, application, Reviewers))
            return ApiProblems.Forbidden(EnrollmentTexts.All.InUiLanguage("problem.application.withdrawn-by"));

        var now = clock.GetUtcNow();
        var wasAvailableToMatching = application.Status == ApplicationStatus.Approved;
        var result = application.Withdraw(user.PersonId, now, Trimmed(request?.Reason));
        if (result.Refused)
            return result.ToProblem();
        if (result.Changed && wasAvailableToMatching)
            db.AddEvent(EnrollmentEvents.Withdrawn(application, now), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApplicationView.From(application, programme, TextLanguages.Choose(http, application.Person.Language)));
    }

    /// <summary>
    /// The person grants or withdraws contact sharing and research use; staff cannot consent for them.
    /// A change of research use after approval is announced to Evaluation in the same commit.
    /// </summary>
    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> RecordConsent(
        Guid applicationId,
        ConsentInput request,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (application, programme) = await LoadAsync(db, applicationId, cancellationToken);
        if (application is null || programme is null)
            return ApiProblems.NotFound("application", applicationId);
        if (!ApplicationAccess.IsApplicant(user, application))
            return ApiProblems.Forbidden(EnrollmentTexts.All.InUiLanguage("problem.application.consent-by-self"));

        var now = clock.GetUtcNow();
        var researchBefore = application.Consent.Research;
        var result = application.RecordConsent(ToConsent(request, user.PersonId, now)!);
        if (result.Refused)
            return result.ToProblem();
        if (result.Changed)
        {
            if (application.Status == ApplicationStatus.Approved && application.Consent.Research != researchBefore)
                db.AddEvent(EnrollmentEvents.ResearchConsent(application, now), clock);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(ApplicationView.From(application, programme, TextLanguages.Choose(http, application.Person.Language)));
    }

    private static async Task<(Application? Application, Programme? Programme)> LoadAsync(
        EnrollmentDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
            return (null, null);
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        return (application, programme);
    }

    /// <summary>A submitted application from a validated request: the single route and the file import both build it here.</summary>
    internal static Application NewApplication(
        Programme programme, SubmitApplicationRequest request, Guid personId, Guid submittedBy, DateTimeOffset now) =>
        Application.Submit(
            programme, request.Role!.Value, personId, ToPerson(request.Person!), ToProfile(request.Profile!, request.Role!.Value, programme),
            ToAnswers(request.Answers), ToConsent(request.Consent, submittedBy, now), submittedBy, now);

    private static ApplicantPerson ToPerson(PersonInput person) => new(
        person.FirstName!.Trim(), person.LastName!.Trim(), person.Email!.Trim(), Trimmed(person.Phone), person.BirthDate, person.Language!);

    private static ApplicantProfile ToProfile(ProfileInput profile, ParticipantRole role, Programme programme) => new()
    {
        Region = profile.Region,
        Sectors = profile.Sectors ?? [],
        JobFunction = profile.JobFunction,
        Background = profile.Background ?? [],
        Languages = profile.Languages ?? [],
        Expectations = profile.Expectations ?? [],
        Hobbies = profile.Hobbies ?? [],
        Capacity = role == ParticipantRole.Mentor ? profile.Capacity ?? programme.DefaultMentorCapacity : 1,
        GlobalCapacity = role == ParticipantRole.Mentor ? profile.GlobalCapacity : null,
        Conflicts = (profile.Conflicts ?? []).Select(c => new ConflictDeclaration(c.PersonId!.Value, c.Relation!)).ToList(),
    };

    internal static ConsentRecord? ToConsent(ConsentInput? consent, Guid by, DateTimeOffset now) =>
        consent is null ? null : new(consent.NoticeVersion, consent.ContactSharing!.Value, consent.Research!.Value, now, by);

    private static JsonDocument ToAnswers(JsonElement? answers) =>
        answers is { ValueKind: JsonValueKind.Object } given ? JsonDocument.Parse(given.GetRawText()) : JsonDocument.Parse("{}");

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
