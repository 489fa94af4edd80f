using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffRoleEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Roles granted before grants were announced: announce each live one once, through the
            // outbox, so Enrollment's retention rule learns of the staff it must never erase.
            migrationBuilder.Sql("""
                INSERT INTO outbox_messages (message_id, message_type, body, created_at, not_before, attempts)
                SELECT gen_random_uuid(),
                       'Mentorship.Identity.Contracts.StaffRoleGranted, Mentorship.Identity.Contracts',
                       json_build_object('programmeId', a.programme_id, 'personId', a.person_id, 'role', a.role, 'grantedAt', a.granted_at)::jsonb,
                       now(), now(), 0
                FROM staff_assignments a
                WHERE a.revoked_at IS NULL
                ORDER BY a.granted_at;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
