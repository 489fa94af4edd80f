using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Templates;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Apis;

public static class ProgrammesApi
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/api/programmes").WithTags("Programmes");
        programmes.MapPost("", CreateProgramme)
            .RequireRole("Only a programme admin creates programmes.", PlatformRoles.ProgrammeAdmin)
            .WithValidation<CreateProgrammeRequest>();
        programmes.MapGet("", ListProgrammes);
        programmes.MapGet("/{programmeId:guid}", GetProgramme);
        programmes.MapPatch("/{programmeId:guid}", UpdateProgramme)
            .RequireProgrammeStaff("Only the programme's coordinators and programme admins edit its settings.", Editors)
            .WithValidation<UpdateProgrammeRequest>();
        return app;
    }

    public static async Task<Results<Created<ProgrammeView>, ProblemHttpResult>> CreateProgramme(
        CreateProgrammeRequest request,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var template = ProgrammeTemplates.Find(request.TemplateId!)!;
        var name = request.Name!.Trim();
        var cohort = request.Cohort!.Trim();
        // Answers the common case with a clear message; ux_programmes_template_name_cohort settles a race (409).
        var duplicate = await db.Programmes.AnyAsync(
            p => p.TemplateId == template.Id && p.Name == name && p.Cohort == cohort, cancellationToken);
        if (duplicate)
            return ApiProblems.Conflict(EnrollmentTexts.All.InUiLanguage("problem.programme.already-exists"));

        var now = clock.GetUtcNow();
        var programme = new Programme
        {
            Id = Guid.CreateVersion7(now),
            TemplateId = template.Id,
            Name = name,
            Cohort = cohort,
            Weights = Merge(template.DefaultWeights, request.Weights),
            DefaultMentorCapacity = request.DefaultMentorCapacity ?? template.DefaultMentorCapacity,
            MeetingsPerMonth = request.MeetingsPerMonth ?? template.MeetingsPerMonth,
            DurationMonths = request.DurationMonths ?? template.DurationMonths,
            AlertAfterWeeksWithoutMeeting = request.AlertAfterWeeksWithoutMeeting ?? template.AlertAfterWeeksWithoutMeeting,
            Institution = string.IsNullOrWhiteSpace(request.Institution) ? null : template.Institution(request.Institution),
            ApplicationWindow = ToWindow(request.ApplicationWindow) ?? ApplicationWindow.Always,
            Capacity = ToCapacity(request.Capacity) ?? ProgrammeCapacity.Unlimited,
            TargetCohortSize = request.TargetCohortSize,
            RetentionMonths = request.RetentionMonths,
            CreatedAt = now,
            CreatedBy = user.PersonId,
        };
        db.Programmes.Add(programme);
        db.AddEvent(EnrollmentEvents.Created(programme), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/programmes/{programme.Id}", ProgrammeView.From(programme, TextLanguages.Choose(http), ProgrammeCalendar.Today(clock), Enrolment.None));
    }

    /// <summary>
    /// Settings only: the counts are in each programme's own view, for its staff. ?template= keeps one
    /// template's programmes, for its portal entry (the six T'M universities' programmes, say).
    /// </summary>
    public static async Task<Results<Ok<PagedResult<ProgrammeView>>, ValidationProblem>> ListProgrammes(
        [AsParameters] PageQuery page,
        [FromQuery] string? template,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (template is not null && ProgrammeTemplates.Find(template) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["template"] = [$"template must be one of: {string.Join(", ", ProgrammeTemplates.All.Select(t => t.Id))}."],
            });
        }

        var today = ProgrammeCalendar.Today(clock);
        var result = await db.Programmes.AsNoTracking()
            .Where(p => template == null || p.TemplateId == template)
            .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedResult<ProgrammeView>(
            result.Items.Select(programme => ProgrammeView.From(programme, TextLanguages.Choose(http), today)).ToList(), result.Page, result.PageSize, result.Total));
    }

    /// <summary>Anyone sees the settings and whether applications are open; the programme's staff also see the counts.</summary>
    public static async Task<Results<Ok<ProgrammeView>, ProblemHttpResult>> GetProgramme(
        Guid programmeId,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        var enrolment = user.IsStaffOf(programmeId, Readers) ? await db.CountAsync(programmeId, cancellationToken) : null;
        return TypedResults.Ok(ProgrammeView.From(programme, TextLanguages.Choose(http), ProgrammeCalendar.Today(clock), enrolment));
    }

    /// <summary>
    /// Edits the settings every service follows (cadence, duration, alert threshold, default capacity,
    /// name, cohort, institution) and announces all of them with the next revision, in the same commit; and Enrollment's
    /// own (application window, capacity, target cohort size). A capacity lowered below the approved count
    /// is kept, the excess shown as capacityExceededBy: nobody approved is turned away.
    /// </summary>
    public static async Task<Results<Ok<ProgrammeView>, ValidationProblem, ProblemHttpResult>> UpdateProgramme(
        Guid programmeId,
        UpdateProgrammeRequest request,
        CurrentUser user,
        HttpRequest http,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        if (request.SettingsRevision is { } basedOn)
        {
            if (basedOn != programme.SettingsRevision)
                return StaleSettings(programme.SettingsRevision);
            // The revision is a concurrency token: an edit saved between this read and the save is a 409 too.
            db.Entry(programme).Property(p => p.SettingsRevision).OriginalValue = basedOn;
        }

        var institution = request.Institution is null ? programme.Institution
            : string.IsNullOrWhiteSpace(request.Institution) ? null
            : programme.Template.Institution(request.Institution);
        if (institution is null && !string.IsNullOrWhiteSpace(request.Institution))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["institution"] = [programme.Template.InstitutionRule(TextLanguages.Choose(http))] });

        var name = request.Name?.Trim() ?? programme.Name;
        var cohort = request.Cohort?.Trim() ?? programme.Cohort;
        if ((name != programme.Name || cohort != programme.Cohort) && await db.Programmes.AnyAsync(
                p => p.Id != programmeId && p.TemplateId == programme.TemplateId && p.Name == name && p.Cohort == cohort, cancellationToken))
            return ApiProblems.Conflict(EnrollmentTexts.All.InUiLanguage("problem.programme.already-exists"));

        programme.Name = name;
        programme.Cohort = cohort;
        programme.Institution = institution;
        programme.DefaultMentorCapacity = request.DefaultMentorCapacity ?? programme.DefaultMentorCapacity;
        programme.MeetingsPerMonth = request.MeetingsPerMonth ?? programme.MeetingsPerMonth;
        programme.DurationMonths = request.DurationMonths ?? programme.DurationMonths;
        programme.AlertAfterWeeksWithoutMeeting = request.AlertAfterWeeksWithoutMeeting ?? programme.AlertAfterWeeksWithoutMeeting;
        programme.ApplicationWindow = ToWindow(request.ApplicationWindow) ?? programme.ApplicationWindow;
        programme.Capacity = ToCapacity(request.Capacity) ?? programme.Capacity;
        programme.TargetCohortSize = request.TargetCohortSize switch { null => programme.TargetCohortSize, 0 => null, var size => size };
        programme.RetentionMonths = request.RetentionMonths switch { null => programme.RetentionMonths, 0 => null, var months => months };
        programme.SettingsRevision++;
        db.AddEvent(EnrollmentEvents.SettingsChanged(programme, clock.GetUtcNow(), user.PersonId), clock);
        await db.SaveChangesAsync(cancellationToken);
        var enrolment = await db.CountAsync(programmeId, cancellationToken);
        return TypedResults.Ok(ProgrammeView.From(programme, TextLanguages.Choose(http), ProgrammeCalendar.Today(clock), enrolment));
    }

    private static ProblemHttpResult StaleSettings(int current) => ApiProblems.Conflict(
        "The settings were changed by someone else since you read them.",
        $"They are at revision {current}: read them again and redo the edit.",
        new Dictionary<string, object?> { ["settingsRevision"] = current });

    private static readonly string[] Editors = [PlatformRoles.Coordinator, PlatformRoles.ProgrammeAdmin];
    private static readonly string[] Readers = [PlatformRoles.Coordinator, PlatformRoles.ProgrammeAdmin, PlatformRoles.Referent];

    private static ApplicationWindow? ToWindow(ApplicationWindowInput? window) =>
        window is null ? null : new ApplicationWindow(window.OpensOn, window.ClosesOn);

    private static ProgrammeCapacity? ToCapacity(CapacityInput? capacity) =>
        capacity is null ? null : new ProgrammeCapacity(capacity.Mentees, capacity.Mentors);

    private static MatchingWeights Merge(MatchingWeights defaults, WeightsInput? given) => given is null
        ? defaults
        : new MatchingWeights(
            given.Geography ?? defaults.Geography,
            given.Sector ?? defaults.Sector,
            given.JobFunction ?? defaults.JobFunction,
            given.Background ?? defaults.Background,
            given.Age ?? defaults.Age,
            given.Language ?? defaults.Language,
            given.Expectations ?? defaults.Expectations,
            given.Hobbies ?? defaults.Hobbies);
}
