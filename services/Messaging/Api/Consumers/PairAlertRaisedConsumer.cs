using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// Words a pair alert for each recipient: a personal notification (and mail) for those named by id, one
/// notification to the programme's staff for "coordinators", mailed to the programme's staff address.
/// Keys carry the alert and its level, so a redelivery adds nothing and an escalation is told anew.
/// </summary>
public sealed partial class PairAlertRaisedConsumer(MessagingDbContext db, TimeProvider clock, ILogger<PairAlertRaisedConsumer> logger)
    : IConsumer<PairAlertRaised>
{
    public const string Coordinators = "coordinators";

    public async Task Consume(ConsumeContext<PairAlertRaised> context)
    {
        var alert = context.Message;
        if (AlertNotificationKinds.Of(alert.Kind) is not { } kind)
        {
            LogUnknownKind(alert.Kind, alert.AlertId);
            return;
        }

        var now = clock.GetUtcNow();
        var level = Math.Max(1, alert.Level);
        var recipients = alert.Recipients
            .Where(r => r.Role == Coordinators || r.PersonId is not null)
            .Select(r => r.Role == Coordinators ? null : r.PersonId)
            .Distinct();
        foreach (var recipient in recipients)
            await db.NotifyOnceAsync(
                Notification.OfAlert(kind, recipient, alert.AlertId, level, alert.ProgrammeId, alert.PairId, now),
                context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pair alert {AlertId} of unknown kind {Kind} ignored")]
    private partial void LogUnknownKind(string kind, Guid alertId);
}
