namespace Mentorship.Enrollment.Apis;

public static class EnrollmentApi
{
    public static IEndpointRouteBuilder MapEnrollmentApi(this IEndpointRouteBuilder app)
    {
        app.MapProgrammeTemplatesApi();
        app.MapProgrammesApi();
        app.MapApplicationsApi();
        app.MapApplicationImportsApi();
        app.MapPeopleApi();
        app.MapPartnersApi();
        app.MapMyApplicationsApi();
        return app;
    }
}
