namespace Mentorship.Identity.Apis.Models;

/// <summary>Asks for a sign-in code; the language is used only for an address not known yet.</summary>
public sealed record SignInCodeRequest(string? Email, string? Locale);
