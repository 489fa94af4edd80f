namespace Mentorship.Identity.SignIn.Pages;

/// <summary>The two steps of signing in by code: give an address, then the code mailed to it.</summary>
public enum SignInStep
{
    Address,
    Code,
}
