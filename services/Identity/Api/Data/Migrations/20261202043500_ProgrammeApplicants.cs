using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeApplicants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "approved_at",
                table: "programme_participants",
                newName: "since");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "since",
                table: "programme_participants",
                newName: "approved_at");
        }
    }
}
