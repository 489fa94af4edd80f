using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Messaging.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConcernEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "contact_ids",
                table: "concerns",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.AddColumn<string>(
                name: "lab",
                table: "concerns",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "referent_id",
                table: "concerns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "resolved_at",
                table: "concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "respond_by",
                table: "concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "severity",
                table: "concerns",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Medium");

            migrationBuilder.AddColumn<int>(
                name: "tier",
                table: "concerns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "concern_escalation_policies",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lab = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    first_response_within = table.Column<TimeSpan>(type: "interval", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tiers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_concern_escalation_policies", x => new { x.programme_id, x.lab });
                });

            migrationBuilder.CreateTable(
                name: "concern_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    concern_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    tier = table.Column<int>(type: "integer", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_concern_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_concern_steps_concerns_concern_id",
                        column: x => x.concern_id,
                        principalTable: "concerns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pair_referents",
                columns: table => new
                {
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pair_referents", x => x.pair_id);
                });

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

            migrationBuilder.CreateIndex(
                name: "ix_concerns_respond_by",
                table: "concerns",
                column: "respond_by",
                filter: "respond_by IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_concern_steps_concern_id_at",
                table: "concern_steps",
                columns: new[] { "concern_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "concern_escalation_policies");

            migrationBuilder.DropTable(
                name: "concern_steps");

            migrationBuilder.DropTable(
                name: "pair_referents");

            migrationBuilder.DropTable(
                name: "programme_referents");

            migrationBuilder.DropIndex(
                name: "ix_concerns_respond_by",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "contact_ids",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "lab",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "referent_id",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "resolved_at",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "respond_by",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "severity",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "tier",
                table: "concerns");
        }
    }
}
