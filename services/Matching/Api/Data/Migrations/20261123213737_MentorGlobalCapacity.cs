using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Matching.Data.Migrations
{
    /// <inheritdoc />
    public partial class MentorGlobalCapacity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "global_capacity",
                table: "participants",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "global_capacity",
                table: "participants");
        }
    }
}
