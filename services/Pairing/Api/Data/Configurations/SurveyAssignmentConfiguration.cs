using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class SurveyAssignmentConfiguration : IEntityTypeConfiguration<SurveyAssignment>
{
    public void Configure(EntityTypeBuilder<SurveyAssignment> survey)
    {
        survey.ToTable("survey_assignments");
        survey.HasKey(s => new { s.SurveyId, s.RespondentId });
        // The scheduler reads only the surveys still pending.
        survey.HasIndex(s => s.AssignedAt).HasFilter("completed_at IS NULL");
    }
}
