using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <summary>
    /// The duplicate-programme rule (template, name, cohort) backed by a unique index, so concurrent
    /// creations make one programme. Fails on a database that already holds duplicates: merge them first.
    /// </summary>
    public partial class ProgrammeUniqueness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ux_programmes_template_name_cohort",
                table: "programmes",
                columns: new[] { "template_id", "name", "cohort" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_programmes_template_name_cohort",
                table: "programmes");
        }
    }
}
