using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Messaging.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeNameRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "name_revision",
                table: "programme_mail_profiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name_revision",
                table: "programme_mail_profiles");
        }
    }
}
