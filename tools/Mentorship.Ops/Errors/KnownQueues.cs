namespace Mentorship.Ops.Errors;

/// <summary>
/// The consumer queues of the topology, as MassTransit names them ("{service}-{consumer}" in kebab
/// case), whose "_error" queues "errors list" looks at. AMQP cannot list queues; a test compares this
/// list with the services' consumers, so a consumer added without its queue here fails the build's tests.
/// </summary>
public static class KnownQueues
{
    public static readonly IReadOnlyList<string> Consumers =
    [
        "enrollment-matching-weights-changed", "enrollment-person-erasure-requested", "enrollment-person-erased",
        "enrollment-match-proposed", "enrollment-mentor-accepted", "enrollment-mentor-declined", "enrollment-pair-closed",
        "enrollment-staff-role-granted", "enrollment-staff-role-revoked", "identity-application-submitted",
        "matching-person-erasure-requested", "pairing-person-erasure-requested", "messaging-person-erasure-requested",
        "evaluation-person-erasure-requested", "identity-person-erasure-requested", "identity-application-approved",
        "matching-programme-created", "matching-application-approved", "matching-application-withdrawn",
        "matching-mentor-declined", "matching-first-meeting-held", "matching-pair-closed",
        "pairing-match-proposed", "pairing-programme-created", "pairing-programme-settings-changed", "pairing-message-posted",
        "pairing-surveys", "pairing-concerns", "pairing-concern-status-changed",
        "messaging-application-approved", "messaging-match-proposed", "messaging-mentor-accepted",
        "messaging-mentor-declined", "messaging-mentee-confirmed", "messaging-first-meeting-held", "messaging-pair-activated",
        "messaging-pair-closed", "messaging-survey-assigned", "messaging-programme-created", "messaging-programme-settings-changed",
        "messaging-pair-alert-raised", "messaging-pair-alert-closed", "messaging-referents",
        // Named by its contract (MailContactShared.Queue): Enrollment sends to it by name.
        "messaging-mail-contacts",
        "evaluation-programme-created", "evaluation-programme-settings-changed", "evaluation-pair-activated", "evaluation-meeting-logged",
        "evaluation-pair-closed", "evaluation-research-consent-changed",
    ];

    public static IEnumerable<string> ErrorQueueNames => Consumers.Select(queue => queue + ErrorQueues.Suffix);
}
