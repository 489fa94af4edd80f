namespace Mentorship.Messaging.Domain.Mail;

/// <summary>Where an outgoing mail stands; ops list them by it.</summary>
public enum MailStatus
{
    /// <summary>Waiting for the sender (first try or a retry after a passing failure).</summary>
    Queued,

    Sent,

    /// <summary>Refused for good by the server, or still failing after every retry: the reason is kept.</summary>
    Failed,

    /// <summary>Nobody gave an address for the recipient: nothing to send to, not an error.</summary>
    NoAddress,

    /// <summary>The recipient wants this kind in their daily digest: waits for it.</summary>
    DigestPending,

    /// <summary>Told in a digest mail (its id in <see cref="OutgoingMail.DigestMailId"/>).</summary>
    Digested,
}
