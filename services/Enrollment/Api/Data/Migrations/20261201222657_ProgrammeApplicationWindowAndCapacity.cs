using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeApplicationWindowAndCapacity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "application_window_closes_on",
                table: "programmes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "application_window_opens_on",
                table: "programmes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "capacity_mentees",
                table: "programmes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "capacity_mentors",
                table: "programmes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_cohort_size",
                table: "programmes",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "application_window_closes_on",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "application_window_opens_on",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "capacity_mentees",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "capacity_mentors",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "target_cohort_size",
                table: "programmes");
        }
    }
}
