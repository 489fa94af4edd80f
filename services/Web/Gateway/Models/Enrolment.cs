namespace Mentorship.Web.Gateway.Models;

/// <summary>Active (submitted or approved) and approved applications per role; shown to the programme's staff only.</summary>
public sealed record Enrolment(int MenteesApplied, int MenteesApproved, int MentorsApplied, int MentorsApproved);
