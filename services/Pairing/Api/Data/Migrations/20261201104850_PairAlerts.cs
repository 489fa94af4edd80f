using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Pairing.Data.Migrations
{
    /// <inheritdoc />
    public partial class PairAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alert_schedules",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alert_schedules", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "pair_alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    close_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pair_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pair_concerns",
                columns: table => new
                {
                    concern_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pair_concerns", x => x.concern_id);
                });

            migrationBuilder.CreateTable(
                name: "survey_assignments",
                columns: table => new
                {
                    survey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    respondent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_assignments", x => new { x.survey_id, x.respondent_id });
                });

            migrationBuilder.InsertData(
                table: "alert_schedules",
                columns: new[] { "name", "due_at", "holder", "last_run_at" },
                values: new object[] { "pair-alerts", new DateTimeOffset(new DateTime(2000, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, null });

            migrationBuilder.CreateIndex(
                name: "ix_pair_alerts_programme_id_state_raised_at",
                table: "pair_alerts",
                columns: new[] { "programme_id", "state", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pair_alerts_state",
                table: "pair_alerts",
                column: "state",
                filter: "state <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "ux_pair_alerts_unclosed",
                table: "pair_alerts",
                columns: new[] { "pair_id", "kind" },
                unique: true,
                filter: "state <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "ix_pair_concerns_raised_at",
                table: "pair_concerns",
                column: "raised_at",
                filter: "acknowledged_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_survey_assignments_assigned_at",
                table: "survey_assignments",
                column: "assigned_at",
                filter: "completed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alert_schedules");

            migrationBuilder.DropTable(
                name: "pair_alerts");

            migrationBuilder.DropTable(
                name: "pair_concerns");

            migrationBuilder.DropTable(
                name: "survey_assignments");
        }
    }
}
