using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Apis;

/// <summary>
/// Who may act on an application. Staff-only routes check with the programme filter and
/// <see cref="Scope"/>; the checks below also admit the applicant, whom no programme role
/// describes, so they stay in the handlers, after the application is loaded.
/// </summary>
public static class ApplicationAccess
{
    public static readonly ProgrammeScopedEntity Scope = new(
        "application",
        "applicationId",
        (http, id, cancellationToken) => http.RequestServices.GetRequiredService<EnrollmentDbContext>().Applications
            .Where(a => a.Id == id).Select(a => (Guid?)a.ProgrammeId).FirstOrDefaultAsync(cancellationToken));

    public static bool IsApplicantOrStaff(CurrentUser user, Application application, params string[] roles) =>
        IsApplicant(user, application) || user.IsStaffOf(application.ProgrammeId, roles);

    public static bool IsApplicant(CurrentUser user, Application application) => application.PersonId == user.PersonId;
}
