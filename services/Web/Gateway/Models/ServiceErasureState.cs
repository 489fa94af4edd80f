namespace Mentorship.Web.Gateway.Models;

public sealed record ServiceErasureState(string Service, string Status, DateTimeOffset? ErasedAt);
