using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.ServiceDefaults.Tests.Backend.Data;

/// <summary>
/// Rows copied with COPY must read back as SaveChanges would have written them, commit and roll back with
/// the transaction, and not be inserted a second time by the SaveChanges that follows; a type whose rows
/// the server completes is refused.
/// </summary>
public sealed class AddedRowsCopyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await TestInfrastructure.Shared.CreateDatabaseAsync("rows_copy");
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Copied_rows_read_back_with_their_values_and_saving_afterwards_does_not_insert_them_again()
    {
        var shelves = Enumerable.Range(0, 3).Select(i => new Shelf { Id = Guid.NewGuid(), Label = $"shelf {i}", Kind = ShelfKind.Tall, Capacity = i == 0 ? null : i, PlacedAt = Now }).ToList();
        await using (var db = NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Shelves.AddRange(shelves);
            db.Books.AddRange(shelves.Select(s => new Book { Id = Guid.NewGuid(), ShelfId = s.Id, Title = "Mentoring" }));
            db.Loans.Add(new Loan { Borrower = "ana" });

            Assert.Equal(3, await db.CopyAddedAsync<Shelf>(CancellationToken.None));
            Assert.Equal(3, await db.CopyAddedAsync<Book>(CancellationToken.None));
            Assert.All(db.ChangeTracker.Entries<Shelf>(), e => Assert.Equal(EntityState.Unchanged, e.State));
            // What was not copied is still SaveChanges' to insert.
            Assert.Equal(1, await db.SaveChangesAsync());
            await transaction.CommitAsync();
        }

        await using var read = NewContext();
        var stored = await read.Shelves.OrderBy(s => s.Label).ToListAsync();
        Assert.Equal(shelves.Select(s => (s.Id, s.Label, s.Kind, s.Capacity, s.PlacedAt)), stored.Select(s => (s.Id, s.Label, s.Kind, s.Capacity, s.PlacedAt)));
        Assert.All(stored, s => Assert.NotEqual(0u, s.Version));
        Assert.Equal(["Tall"], await read.Database.SqlQueryRaw<string>("SELECT DISTINCT kind AS \"Value\" FROM shelves").ToListAsync());
        Assert.Equal(3, await read.Books.CountAsync());
    }

    [Fact]
    public async Task Copied_rows_go_with_a_transaction_that_rolls_back()
    {
        await using (var db = NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Shelves.Add(new Shelf { Id = Guid.NewGuid(), Label = "gone", Kind = ShelfKind.Low, PlacedAt = Now });
            await db.CopyAddedAsync<Shelf>(CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using var read = NewContext();
        Assert.Equal(0, await read.Shelves.CountAsync());
    }

    [Fact]
    public async Task Copying_outside_a_transaction_is_refused_before_anything_is_written()
    {
        await using var db = NewContext();
        db.Shelves.Add(new Shelf { Id = Guid.NewGuid(), Label = "alone", Kind = ShelfKind.Low, PlacedAt = Now });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.CopyAddedAsync<Shelf>(CancellationToken.None));

        Assert.Contains("transaction", refused.Message, StringComparison.Ordinal);
        Assert.Equal(EntityState.Added, db.Entry(db.Shelves.Local.Single()).State);
    }

    [Fact]
    public async Task A_value_longer_than_its_column_fails_the_copy_with_the_databases_reason()
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Shelves.Add(new Shelf { Id = Guid.NewGuid(), Label = new string('x', 11), Kind = ShelfKind.Low, PlacedAt = Now });

        var failed = await Assert.ThrowsAsync<PostgresException>(() => db.CopyAddedAsync<Shelf>(CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, failed.SqlState);
    }

    [Fact]
    public async Task Types_with_a_column_the_server_fills_are_refused_rather_than_copied_without_it()
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Reservations.Add(new Reservation { Id = Guid.NewGuid() });
        db.Loans.Add(new Loan { Borrower = "ana" });

        var defaulted = await Assert.ThrowsAsync<NotSupportedException>(() => db.CopyAddedAsync<Reservation>(CancellationToken.None));
        var identity = await Assert.ThrowsAsync<NotSupportedException>(() => db.CopyAddedAsync<Loan>(CancellationToken.None));

        Assert.Contains("Reservation.DaysHeld", defaulted.Message, StringComparison.Ordinal);
        Assert.Contains("Loan.Id", identity.Message, StringComparison.Ordinal);
    }

    private LibraryDbContext NewContext() => new(new DbContextOptionsBuilder<LibraryDbContext>().UseNpgsql(_connectionString).Options);

    private sealed class LibraryDbContext(DbContextOptions<LibraryDbContext> options) : DbContext(options)
    {
        public DbSet<Shelf> Shelves => Set<Shelf>();

        public DbSet<Book> Books => Set<Book>();

        public DbSet<Loan> Loans => Set<Loan>();

        public DbSet<Reservation> Reservations => Set<Reservation>();

        protected override void OnModelCreating(ModelBuilder model)
        {
            model.Entity<Shelf>(shelf =>
            {
                shelf.ToTable("shelves");
                shelf.Property(s => s.Label).HasColumnName("label").HasMaxLength(10);
                shelf.Property(s => s.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
                shelf.Property(s => s.Version).IsRowVersion();
            });
            model.Entity<Book>().ToTable("books").HasOne<Shelf>().WithMany().HasForeignKey(b => b.ShelfId);
            model.Entity<Loan>(loan =>
            {
                loan.ToTable("loans");
                loan.Property(l => l.Id).UseIdentityAlwaysColumn();
            });
            model.Entity<Reservation>().ToTable("reservations").Property(r => r.DaysHeld).HasDefaultValue(14);
        }
    }

    private enum ShelfKind
    {
        Low,
        Tall,
    }

    private sealed class Shelf
    {
        public Guid Id { get; init; }

        public required string Label { get; init; }

        public ShelfKind Kind { get; init; }

        public int? Capacity { get; init; }

        public DateTimeOffset PlacedAt { get; init; }

        public uint Version { get; private set; }
    }

    private sealed class Book
    {
        public Guid Id { get; init; }

        public Guid ShelfId { get; init; }

        public required string Title { get; init; }
    }

    private sealed class Loan
    {
        public long Id { get; init; }

        public required string Borrower { get; init; }
    }

    private sealed class Reservation
    {
        public Guid Id { get; init; }

        public int DaysHeld { get; init; }
    }
}
