using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class RetentionRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "retention_months",
                table: "programmes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "closed_pairs",
                columns: table => new
                {
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_closed_pairs", x => x.pair_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_closed_pairs_mentee_id_programme_id",
                table: "closed_pairs",
                columns: new[] { "mentee_id", "programme_id" });

            migrationBuilder.CreateIndex(
                name: "ix_closed_pairs_mentor_id_programme_id",
                table: "closed_pairs",
                columns: new[] { "mentor_id", "programme_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "closed_pairs");

            migrationBuilder.DropColumn(
                name: "retention_months",
                table: "programmes");
        }
    }
}
