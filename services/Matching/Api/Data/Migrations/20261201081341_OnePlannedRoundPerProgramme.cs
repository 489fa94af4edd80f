using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Matching.Data.Migrations
{
    /// <summary>
    /// One round planned (queued or running) and one re-match waiting per programme, backed by unique
    /// indexes so concurrent requests cannot queue two. Fails on a database that already holds such twins.
    /// </summary>
    public partial class OnePlannedRoundPerProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ux_rounds_one_planned_per_programme",
                table: "rounds",
                column: "programme_id",
                unique: true,
                filter: "kind = 'Round' AND status IN ('Queued', 'Running')");

            migrationBuilder.CreateIndex(
                name: "ux_rounds_one_waiting_rematch_per_programme",
                table: "rounds",
                column: "programme_id",
                unique: true,
                filter: "kind = 'Rematch' AND status = 'Queued'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_rounds_one_planned_per_programme",
                table: "rounds");

            migrationBuilder.DropIndex(
                name: "ux_rounds_one_waiting_rematch_per_programme",
                table: "rounds");
        }
    }
}
