using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonErasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_erasures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    programme_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_erasures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "person_erasure_receipts",
                columns: table => new
                {
                    erasure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_erasure_receipts", x => new { x.erasure_id, x.service });
                    table.ForeignKey(
                        name: "fk_person_erasure_receipts_person_erasures_erasure_id",
                        column: x => x.erasure_id,
                        principalTable: "person_erasures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_person_erasures_person_key",
                table: "person_erasures",
                column: "person_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_erasure_receipts");

            migrationBuilder.DropTable(
                name: "person_erasures");
        }
    }
}
