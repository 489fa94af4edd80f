using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Pairing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>Marks the notifications of a closed alert resolved, so readers see it needs nothing more.</summary>
public sealed class PairAlertClosedConsumer(MessagingDbContext db) : IConsumer<PairAlertClosed>
{
    public async Task Consume(ConsumeContext<PairAlertClosed> context)
    {
        var closed = context.Message;
        await db.Notifications
            .Where(n => n.AlertId == closed.AlertId && n.ResolvedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ResolvedAt, closed.ClosedAt), context.CancellationToken);
    }
}
