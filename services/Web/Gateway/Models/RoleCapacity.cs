namespace Mentorship.Web.Gateway.Models;

/// <summary>The most approved participants per role (null: no limit), or by how many they are exceeded.</summary>
public sealed record RoleCapacity(int? Mentees, int? Mentors);
