using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Pairing.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "closing_interviews",
                table: "pairs",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "declined_by",
                table: "pairs",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "mentee_accepted_at",
                table: "pairs",
                type: "timestamp with time zone",
                nullable: true);

            // Before the mentee could decline, every decline was the mentor's.
            migrationBuilder.Sql("UPDATE pairs SET declined_by = 'Mentor' WHERE status = 'Declined'");

            migrationBuilder.CreateTable(
                name: "follow_up_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    with = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    progress = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    next_actions = table.Column<List<string>>(type: "text[]", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    written_by = table.Column<Guid>(type: "uuid", nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_entries_pairs_pair_id",
                        column: x => x.pair_id,
                        principalTable: "pairs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_entries_pair_id_written_at_id",
                table: "follow_up_entries",
                columns: new[] { "pair_id", "written_at", "id" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_entries");

            migrationBuilder.DropColumn(
                name: "closing_interviews",
                table: "pairs");

            migrationBuilder.DropColumn(
                name: "declined_by",
                table: "pairs");

            migrationBuilder.DropColumn(
                name: "mentee_accepted_at",
                table: "pairs");
        }
    }
}
