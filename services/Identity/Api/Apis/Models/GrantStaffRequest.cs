namespace Mentorship.Identity.Apis.Models;

public sealed record GrantStaffRequest(Guid? PersonId, string? Role);
