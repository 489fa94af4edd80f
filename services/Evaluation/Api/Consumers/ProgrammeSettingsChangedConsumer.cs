using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Follows a programme's renaming and change of institution, which roll-up reports group by and report
/// files print. The highest revision wins, whatever order the edits (and the creation) arrive in.
/// </summary>
public sealed class ProgrammeSettingsChangedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<ProgrammeSettingsChanged>
{
    public async Task Consume(ConsumeContext<ProgrammeSettingsChanged> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        await db.ProgrammeSeenAsync(message.ProgrammeId, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.ProgrammeSettingsAsync(message.ProgrammeId, message.Revision, message.Name, message.Institution, cancellationToken);
    }
}
