using Mentorship.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> application)
    {
        application.HasKey(a => a.Id);
        application.HasOne<Programme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        application.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.DecisionReason).HasMaxLength(Application.DecisionReasonMaxLength);
        application.Property(a => a.Answers).HasColumnType("jsonb");
        application.Property(a => a.Version).IsRowVersion();
        application.Ignore(a => a.Eligible);
        application.Ignore(a => a.IsActive);

        application.OwnsOne(a => a.Person, person => person.ToJson());
        application.OwnsOne(a => a.Profile, profile =>
        {
            profile.ToJson();
            profile.OwnsMany(p => p.Conflicts);
        });
        application.OwnsMany(a => a.Eligibility, verdicts => verdicts.ToJson());
        application.OwnsMany(a => a.Preparation, steps => steps.ToJson());
        application.OwnsMany(a => a.Consents, consents => consents.ToJson());
        application.Ignore(a => a.Consent);

        // The coordinators' list: one programme, filtered by role and status, oldest first.
        application.HasIndex(a => new { a.ProgrammeId, a.Role, a.Status, a.SubmittedAt });
        // One active application per person, programme and role; a race ends in 409, not a duplicate.
        application.HasIndex(a => new { a.ProgrammeId, a.PersonId, a.Role })
            .IsUnique()
            .HasFilter("status IN ('Submitted', 'Approved')")
            .HasDatabaseName("ux_applications_active_per_person");
        application.HasIndex(a => a.PersonId);
    }
}
