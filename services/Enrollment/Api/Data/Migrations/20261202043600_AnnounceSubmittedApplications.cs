using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnounceSubmittedApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Applications made before submissions were announced: announce each once, through the
            // outbox, so Identity lets the programme's admins export the people who only applied.
            migrationBuilder.Sql("""
                INSERT INTO outbox_messages (message_id, message_type, body, created_at, not_before, attempts)
                SELECT gen_random_uuid(),
                       'Mentorship.Enrollment.Contracts.ApplicationSubmitted, Mentorship.Enrollment.Contracts',
                       json_build_object('applicationId', a.id, 'programmeId', a.programme_id, 'personId', a.person_id, 'submittedAt', a.submitted_at)::jsonb,
                       now(), now(), 0
                FROM applications a
                ORDER BY a.submitted_at;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
