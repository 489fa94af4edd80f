namespace Mentorship.Identity.Apis.Models;

public sealed record VerifyCodeRequest(string? Email, string? Code);
