using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnersAndConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "consents",
                table: "applications",
                type: "jsonb",
                nullable: true);

            // Applications from before consent was recorded stand for participation only.
            migrationBuilder.Sql("UPDATE applications SET consents = '[]'::jsonb WHERE consents IS NULL;");

            migrationBuilder.CreateTable(
                name: "pair_disclosures",
                columns: table => new
                {
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pair_disclosures", x => x.pair_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pair_disclosures");

            migrationBuilder.DropColumn(
                name: "consents",
                table: "applications");
        }
    }
}
