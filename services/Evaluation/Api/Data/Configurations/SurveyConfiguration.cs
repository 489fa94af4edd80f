using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Evaluation.Data.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.HasKey(s => s.Id);
        survey.Property(s => s.Id).ValueGeneratedNever();
        survey.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        survey.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        survey.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        survey.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        survey.Property(s => s.TemplateId).HasMaxLength(50);
        survey.Property(s => s.Version).IsRowVersion();
        survey.Ignore(s => s.Template);
        survey.Ignore(s => s.Items);
        survey.Ignore(s => s.Title);
        survey.HasMany(s => s.Answers).WithOne().HasForeignKey(a => a.SurveyId).OnDelete(DeleteBehavior.Cascade);

        // One survey per pair, respondent, kind and period: a redelivered PairActivated or PairClosed, or two
        // replicas sending the same pulse, cannot send a second one.
        survey.HasIndex(s => new { s.PairId, s.RespondentId, s.Kind, s.Period }).IsUnique();
        // "My surveys", filtered by status, newest first.
        survey.HasIndex(s => new { s.RespondentId, s.Status, s.AssignedAt });
        // Response rates and exports of one programme.
        survey.HasIndex(s => new { s.ProgrammeId, s.Status });
    }
}
