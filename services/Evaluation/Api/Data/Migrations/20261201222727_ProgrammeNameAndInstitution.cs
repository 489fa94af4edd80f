using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeNameAndInstitution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "institution",
                table: "programmes",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name",
                table: "programmes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "settings_revision",
                table: "programmes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_programmes_template_id",
                table: "programmes",
                column: "template_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_programmes_template_id",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "institution",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "name",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "settings_revision",
                table: "programmes");
        }
    }
}
