namespace Mentorship.Identity.SignIn;

/// <summary>The browser session a verified sign-in code opens, which /connect/authorize turns into an authorization code.</summary>
public static class SignInCookie
{
    public const string Scheme = "Identity.SignIn";
    public const string Name = "mentorship.identity";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
}
