using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ErasureServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "services",
                table: "person_erasures",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            // Erasures requested before this column were sent to the five services then on the bus;
            // one that Identity already confirmed had reached it too.
            migrationBuilder.Sql("""
                UPDATE person_erasures e
                SET services = CASE
                    WHEN EXISTS (SELECT 1 FROM person_erasure_receipts r WHERE r.erasure_id = e.id AND r.service = 'identity')
                        THEN ARRAY['enrollment', 'matching', 'pairing', 'messaging', 'evaluation', 'identity']
                    ELSE ARRAY['enrollment', 'matching', 'pairing', 'messaging', 'evaluation']
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "services",
                table: "person_erasures");
        }
    }
}
