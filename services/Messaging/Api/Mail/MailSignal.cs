using Mentorship.ServiceDefaults.Backend.Messaging;

namespace Mentorship.Messaging.Mail;

/// <summary>Wakes this process's mail sender right after a commit that queued mails.</summary>
public sealed class MailSignal : WakeSignal;
