using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Keeps the latest research consent per person and programme with one upsert that only a newer
/// statement wins: two changes delivered together or out of order leave the person's last word.
/// </summary>
public sealed class ResearchConsentChangedConsumer(EvaluationDbContext db) : IConsumer<ResearchConsentChanged>
{
    public Task Consume(ConsumeContext<ResearchConsentChanged> context)
    {
        var consent = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO research_consents (programme_id, person_id, granted, changed_at)
            VALUES ({consent.ProgrammeId}, {consent.PersonId}, {consent.Granted}, {consent.ChangedAt})
            ON CONFLICT (programme_id, person_id) DO UPDATE SET granted = excluded.granted, changed_at = excluded.changed_at
            WHERE research_consents.changed_at < excluded.changed_at
            """, context.CancellationToken);
    }
}
