namespace Mentorship.Enrollment.Apis.Models;

public sealed record PartnerContactView(string Email, string? Phone);
