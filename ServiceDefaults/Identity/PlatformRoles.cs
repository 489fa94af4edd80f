namespace Mentorship.ServiceDefaults.Identity;

/// <summary>The values of the "roles" claim.</summary>
public static class PlatformRoles
{
    public const string Mentee = "mentee";
    public const string Mentor = "mentor";
    public const string Referent = "referent";
    public const string Coordinator = "coordinator";
    public const string ProgrammeAdmin = "programme-admin";
    public const string Ops = "ops";
    public const string Researcher = "researcher";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>([Mentee, Mentor, Referent, Coordinator, ProgrammeAdmin, Ops, Researcher]);

    /// <summary>Roles that apply to the programmes listed in the "programmes" claim.</summary>
    public static readonly IReadOnlySet<string> Staff =
        new HashSet<string>([Referent, Coordinator, ProgrammeAdmin, Researcher]);
}
