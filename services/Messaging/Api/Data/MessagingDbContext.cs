using Mentorship.Messaging.Domain;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Data;

public sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options) : DbContext(options)
{
    public DbSet<PairThread> Threads => Set<PairThread>();

    public DbSet<ThreadMember> ThreadMembers => Set<ThreadMember>();

    public DbSet<ThreadMessage> Messages => Set<ThreadMessage>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<LanguagePreference> LanguagePreferences => Set<LanguagePreference>();

    public DbSet<ProgrammeParticipant> ProgrammeParticipants => Set<ProgrammeParticipant>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<ConcernStep> ConcernSteps => Set<ConcernStep>();

    public DbSet<EscalationPolicy> EscalationPolicies => Set<EscalationPolicy>();

    public DbSet<ProgrammeReferent> ProgrammeReferents => Set<ProgrammeReferent>();

    public DbSet<PairReferent> PairReferents => Set<PairReferent>();

    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();

    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();

    public DbSet<MailKindPreference> MailKindPreferences => Set<MailKindPreference>();

    public DbSet<MailSettings> MailSettings => Set<MailSettings>();

    public DbSet<MailContact> MailContacts => Set<MailContact>();

    public DbSet<ProgrammeMailProfile> ProgrammeMailProfiles => Set<ProgrammeMailProfile>();

    public DbSet<UnsubscribeToken> UnsubscribeTokens => Set<UnsubscribeToken>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MessagingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
