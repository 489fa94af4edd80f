namespace Mentorship.Gateway.Apis.Models;

public sealed record DevTokenResponse(string AccessToken, DateTime ExpiresAt);
