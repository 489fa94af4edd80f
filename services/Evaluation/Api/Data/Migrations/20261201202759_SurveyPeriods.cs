using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class SurveyPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_surveys_pair_id_respondent_id_kind",
                table: "surveys");

            migrationBuilder.AddColumn<int>(
                name: "period",
                table: "surveys",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_surveys_pair_id_respondent_id_kind_period",
                table: "surveys",
                columns: new[] { "pair_id", "respondent_id", "kind", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_surveys_pair_id_respondent_id_kind_period",
                table: "surveys");

            migrationBuilder.DropColumn(
                name: "period",
                table: "surveys");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_pair_id_respondent_id_kind",
                table: "surveys",
                columns: new[] { "pair_id", "respondent_id", "kind" },
                unique: true);
        }
    }
}
