using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// The COPY statement of an entity type's table and how each of its columns is written, read once from
/// the EF Core model. The row version (<c>xmin</c>) is the server's and left out. A type whose rows
/// SaveChanges would write differently from its properties (an identity or a column default, which
/// SaveChanges leaves to the server and reads back; owned or complex parts) is refused rather than
/// copied wrong.
/// </summary>
internal sealed class CopyTable
{
    private static readonly ConcurrentDictionary<IEntityType, CopyTable> Tables = new();

    private CopyTable(string copyCommand, IReadOnlyList<CopyColumn> columns)
    {
        CopyCommand = copyCommand;
        Columns = columns;
    }

    public string CopyCommand { get; }

    public IReadOnlyList<CopyColumn> Columns { get; }

    public static CopyTable Of(IEntityType entityType) => Tables.GetOrAdd(entityType, Read);

    private static CopyTable Read(IEntityType entityType)
    {
        var table = entityType.GetTableName()
            ?? throw new NotSupportedException($"{entityType.DisplayName()} is not mapped to a table.");
        if (entityType.GetComplexProperties().Any() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
            throw new NotSupportedException($"{entityType.DisplayName()} has owned or complex parts: its rows are not copied.");

        var columns = entityType.GetProperties().Where(IsWritten).Select(ColumnOf).ToList();
        var schema = entityType.GetSchema();
        var name = schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}";
        var command = $"COPY {name} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        return new CopyTable(command, columns);
    }

    private static bool IsWritten(IProperty property)
    {
        if (property.GetColumnName() == "xmin" || property.ValueGenerated == ValueGenerated.OnAddOrUpdate)
            return false;
        if (property.GetValueGenerationStrategy() != NpgsqlValueGenerationStrategy.None
            || property.GetDefaultValueSql() is not null || property.GetComputedColumnSql() is not null || property.TryGetDefaultValue(out _))
            throw new NotSupportedException(
                $"{property.DeclaringType.DisplayName()}.{property.Name} is filled by the server: SaveChanges reads it back, a COPY cannot.");
        return true;
    }

    private static CopyColumn ColumnOf(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        return new CopyColumn(property, property.GetColumnName(), mapping.StoreTypeNameBase, mapping.Converter?.ConvertToProvider);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>A copied column: where its value comes from, and the PostgreSQL type it is written as.</summary>
internal sealed record CopyColumn(IProperty Property, string Name, string DataTypeName, Func<object?, object?>? Converter)
{
    public object? ToProvider(object? value) => value is null || Converter is null ? value : Converter(value);
}
