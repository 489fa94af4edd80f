using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Identity.Domain;

/// <summary>The roles granted per programme (staff_assignments.role).</summary>
public static class StaffRoles
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [PlatformRoles.Coordinator, PlatformRoles.Referent, PlatformRoles.Researcher, PlatformRoles.ProgrammeAdmin],
        StringComparer.Ordinal);
}
