namespace Mentorship.Web.Session;

/// <summary>A development persona: who the picker signs in, with the roles the token gets.</summary>
public sealed record Persona(string Id, string[] Roles, bool StaffOfEveryProgramme)
{
    public static readonly Persona Mentee = new("mentee", ["mentee"], false);
    public static readonly Persona Mentor = new("mentor", ["mentor"], false);
    public static readonly Persona Coordinator = new("coordinator", ["coordinator"], true);
    public static readonly Persona ProgrammeAdmin = new("programme-admin", ["programme-admin"], true);

    public static readonly IReadOnlyList<Persona> All = [Mentee, Mentor, Coordinator, ProgrammeAdmin];

    public static Persona? Find(string? id) => All.FirstOrDefault(p => p.Id == id);
}
