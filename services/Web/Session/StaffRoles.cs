namespace Mentorship.Web.Session;

/// <summary>
/// Who sees the staff pages, as session roles (SessionClaims): a role held in any programme opens the
/// page, the programme's own rights are checked per programme. Ops may do what programme staff do, as in
/// the services.
/// </summary>
public static class StaffRoles
{
    /// <summary>The console and the applications queues.</summary>
    public const string Console = "coordinator,programme-admin,ops";

    /// <summary>Opening a new programme.</summary>
    public const string ProgrammeCreators = "programme-admin,ops";
}
