namespace Mentorship.Identity.Apis.Models;

/// <summary>The same answer for every address, known or not.</summary>
public sealed record SignInCodeSent(string Message, int ExpiresInMinutes);
