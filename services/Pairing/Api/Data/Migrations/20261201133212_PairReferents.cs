using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Pairing.Data.Migrations
{
    /// <inheritdoc />
    public partial class PairReferents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "referent_assigned_at",
                table: "pairs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "referent_id",
                table: "pairs",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "escalated_at",
                table: "pair_concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "resolved_at",
                table: "pair_concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "tier",
                table: "pair_concerns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "programme_referents",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_referents", x => new { x.programme_id, x.person_id });
                });

            migrationBuilder.CreateTable(
                name: "referent_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    previous_referent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_by = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referent_assignments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pairs_programme_id_referent_id",
                table: "pairs",
                columns: new[] { "programme_id", "referent_id" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_referents_person_id",
                table: "programme_referents",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_referent_assignments_pair_id_assigned_at",
                table: "referent_assignments",
                columns: new[] { "pair_id", "assigned_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_referents");

            migrationBuilder.DropTable(
                name: "referent_assignments");

            migrationBuilder.DropIndex(
                name: "ix_pairs_programme_id_referent_id",
                table: "pairs");

            migrationBuilder.DropColumn(
                name: "referent_assigned_at",
                table: "pairs");

            migrationBuilder.DropColumn(
                name: "referent_id",
                table: "pairs");

            migrationBuilder.DropColumn(
                name: "escalated_at",
                table: "pair_concerns");

            migrationBuilder.DropColumn(
                name: "resolved_at",
                table: "pair_concerns");

            migrationBuilder.DropColumn(
                name: "tier",
                table: "pair_concerns");
        }
    }
}
