using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Testing;

/// <summary>Who a test calls as: the claims of the development token its client carries.</summary>
public sealed record TestUser(Guid PersonId, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Programmes)
{
    public string Name => $"{string.Join('+', Roles)} {PersonId.ToString()[..8]}";

    public static TestUser Coordinator(Guid programmeId) => Staff(PlatformRoles.Coordinator, programmeId);

    public static TestUser Referent(Guid programmeId) => Staff(PlatformRoles.Referent, programmeId);

    public static TestUser Researcher(Guid programmeId) => Staff(PlatformRoles.Researcher, programmeId);

    public static TestUser ProgrammeAdmin(params Guid[] programmeIds) => new(Guid.NewGuid(), [PlatformRoles.ProgrammeAdmin], programmeIds);

    public static TestUser Mentee(Guid? personId = null) => new(personId ?? Guid.NewGuid(), [PlatformRoles.Mentee], []);

    public static TestUser Mentor(Guid? personId = null) => new(personId ?? Guid.NewGuid(), [PlatformRoles.Mentor], []);

    public static TestUser Ops() => new(Guid.NewGuid(), [PlatformRoles.Ops], []);

    private static TestUser Staff(string role, Guid programmeId) => new(Guid.NewGuid(), [role], [programmeId]);
}
