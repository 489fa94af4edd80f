using Mentorship.Enrollment.Domain.Erasures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ErasureReceiptConfiguration : IEntityTypeConfiguration<ErasureReceipt>
{
    public void Configure(EntityTypeBuilder<ErasureReceipt> receipt)
    {
        receipt.ToTable("person_erasure_receipts");
        // One receipt per service and erasure.
        receipt.HasKey(r => new { r.ErasureId, r.Service });
        receipt.Property(r => r.Service).HasMaxLength(ErasureReceipt.ServiceMaxLength);
    }
}
