namespace Mentorship.Identity.SignIn;

public enum CodeVerdict
{
    Accepted,

    /// <summary>No live code for the address, a wrong code, or an expired one: one answer for all three.</summary>
    WrongOrExpired,

    /// <summary>The code took its last attempt; a new one must be asked for.</summary>
    AttemptsExhausted,
}
