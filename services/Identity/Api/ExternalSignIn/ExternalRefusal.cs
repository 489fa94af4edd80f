namespace Mentorship.Identity.ExternalSignIn;

/// <summary>Why a sign-in with an institution's provider did not open a session.</summary>
public enum ExternalRefusal
{
    /// <summary>The provider answered with an error (the person cancelled, or it refused), or the answer could not be checked.</summary>
    ProviderError,

    /// <summary>The provider's identity token named nobody (no "sub").</summary>
    NoSubject,

    /// <summary>The provider gave, unverified, the address of a person who already signs in here.</summary>
    UnverifiedEmailInUse,

    /// <summary>The form named a provider that is not configured.</summary>
    UnknownProvider,
}
