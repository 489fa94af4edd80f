namespace Mentorship.Enrollment.Apis.Models;

public sealed record ServiceErasureView(string Service, string Status, DateTimeOffset? ErasedAt);
