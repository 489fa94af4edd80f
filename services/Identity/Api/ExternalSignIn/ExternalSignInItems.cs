namespace Mentorship.Identity.ExternalSignIn;

/// <summary>What the sign-in page hands through the provider's round trip, protected in its state parameter.</summary>
public static class ExternalSignInItems
{
    public const string Provider = "provider";
    public const string ReturnUrl = "returnUrl";
    public const string Language = "lang";
}
