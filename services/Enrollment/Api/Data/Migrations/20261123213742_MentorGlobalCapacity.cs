using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <summary>
    /// The profile gains globalCapacity inside its JSON column: no schema change, and rows written
    /// before read it as null (no limit). Kept so the model snapshot follows the model.
    /// </summary>
    public partial class MentorGlobalCapacity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
