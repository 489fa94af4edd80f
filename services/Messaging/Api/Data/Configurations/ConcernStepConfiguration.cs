using Mentorship.Messaging.Domain.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class ConcernStepConfiguration : IEntityTypeConfiguration<ConcernStep>
{
    public void Configure(EntityTypeBuilder<ConcernStep> step)
    {
        step.ToTable("concern_steps");
        step.HasKey(s => s.Id);
        step.Property(s => s.Id).ValueGeneratedNever();
        step.Property(s => s.From).HasConversion<string>().HasMaxLength(20);
        step.Property(s => s.To).HasConversion<string>().HasMaxLength(20);
        step.Property(s => s.Note).HasMaxLength(ConcernStep.MaxNoteLength);
        step.HasOne<Concern>().WithMany().HasForeignKey(s => s.ConcernId).OnDelete(DeleteBehavior.Cascade);
        step.HasIndex(s => new { s.ConcernId, s.At });
    }
}
