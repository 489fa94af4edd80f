namespace Mentorship.Web.Gateway.Models;

public sealed record ProgrammeTemplate(string Id, string Name, string Organiser);
