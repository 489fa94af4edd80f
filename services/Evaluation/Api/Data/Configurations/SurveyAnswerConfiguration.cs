using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Evaluation.Data.Configurations;

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> answer)
    {
        answer.ToTable("survey_answers");
        answer.HasKey(a => new { a.SurveyId, a.ItemId, a.Option });
        answer.Property(a => a.ItemId).HasMaxLength(50);
        answer.Property(a => a.Option).HasMaxLength(50);
        answer.Property(a => a.Measure).HasConversion<string>().HasMaxLength(30);
        answer.Property(a => a.Text).HasMaxLength(SurveyAnswer.TextMaxLength);
        // Every report reads one programme's answers of some measures.
        answer.HasIndex(a => new { a.ProgrammeId, a.Measure });
    }
}
