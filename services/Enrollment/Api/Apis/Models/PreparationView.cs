namespace Mentorship.Enrollment.Apis.Models;

public sealed record PreparationView(string Step, string Description, bool Done, DateTimeOffset? CompletedAt, Guid? RecordedBy);
