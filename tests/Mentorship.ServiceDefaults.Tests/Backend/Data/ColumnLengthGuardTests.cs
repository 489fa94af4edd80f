using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Tests.Backend.Data;

/// <summary>
/// The guard reads the tracked entities as they stand, without a DetectChanges pass: a value changed on a
/// loaded entity must still be caught. No database is needed: the guard throws before anything is sent.
/// </summary>
public sealed class ColumnLengthGuardTests : IDisposable
{
    private readonly GuardedDbContext _db = new(new DbContextOptionsBuilder<GuardedDbContext>()
        .UseNpgsql("Host=unused").Options);

    [Fact]
    public void A_new_row_with_a_string_longer_than_its_column_is_refused_naming_the_field_and_the_limit()
    {
        _db.Badges.Add(new Badge { Id = 1, Label = new string('x', 11) });

        var refused = Assert.Throws<RequestValidationException>(() => ColumnLengthGuard.Check(_db));

        Assert.Equal(["label must be at most 10 characters."], refused.Errors["label"]);
    }

    [Fact]
    public void A_loaded_row_changed_past_its_limit_is_refused_before_its_change_is_detected()
    {
        var badge = new Badge { Id = 1, Label = "short" };
        _db.Badges.Attach(badge);

        badge.Label = new string('x', 11);

        Assert.Throws<RequestValidationException>(() => ColumnLengthGuard.Check(_db));
        Assert.True(_db.ChangeTracker.AutoDetectChangesEnabled);
    }

    [Fact]
    public void Strings_within_their_limits_and_columns_without_one_pass()
    {
        _db.Badges.Add(new Badge { Id = 1, Label = new string('x', 10), Note = new string('x', 5000) });
        _db.Badges.Attach(new Badge { Id = 2, Label = "short" });

        ColumnLengthGuard.Check(_db);
    }

    [Fact]
    public void A_row_being_deleted_is_not_checked()
    {
        var badge = new Badge { Id = 1, Label = new string('x', 11) };
        _db.Badges.Attach(badge);
        _db.Badges.Remove(badge);

        ColumnLengthGuard.Check(_db);
    }

    public void Dispose() => _db.Dispose();

    private sealed class Badge
    {
        public int Id { get; set; }

        public string Label { get; set; } = "";

        public string? Note { get; set; }
    }

    private sealed class GuardedDbContext(DbContextOptions<GuardedDbContext> options) : DbContext(options)
    {
        public DbSet<Badge> Badges => Set<Badge>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Badge>().Property(b => b.Label).HasMaxLength(10);
    }
}
