using Mentorship.Messaging.Domain.Threads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class PairThreadConfiguration : IEntityTypeConfiguration<PairThread>
{
    public void Configure(EntityTypeBuilder<PairThread> thread)
    {
        thread.ToTable("pair_threads");
        thread.HasKey(t => t.PairId);
        thread.Property(t => t.PairId).ValueGeneratedNever();
        thread.Property(t => t.Closure).HasConversion<string>().HasMaxLength(20);
        thread.Property(t => t.Version).IsRowVersion();
        thread.Ignore(t => t.ReadOnly);
        thread.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.PairId).OnDelete(DeleteBehavior.Cascade);
        thread.Navigation(t => t.Members).AutoInclude();
        thread.HasIndex(t => t.ProgrammeId);
    }
}
