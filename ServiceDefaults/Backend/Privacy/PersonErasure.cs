using System.Globalization;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Backend.Privacy;

/// <summary>
/// The part of an erasure every service shares, run inside the consumer's transaction after the
/// service deleted what identifies the person by itself (names, addresses, free text): every id of the
/// person left in any table becomes one random pseudonym, drawn here and kept nowhere, so the rows
/// still count (a pair, a survey answer for research) but lead to no one, not even across services.
/// </summary>
public static class PersonErasure
{
    /// <summary>
    /// What every service's erasure ends with, after its own deletions: the id pseudonymised everywhere,
    /// sent messages that mention it forgotten, and the receipt stored to go out with the same commit.
    /// </summary>
    public static async Task CompleteAsync<TReceipt>(DbContext db, Guid personId, TReceipt receipt, TimeProvider clock, CancellationToken cancellationToken)
        where TReceipt : class
    {
        await PseudonymiseAsync(db, personId, cancellationToken);
        await ForgetMessagesMentioningAsync(db, Text(personId), cancellationToken);
        db.AddEvent(receipt, clock);
    }

    /// <summary>Replaces the person's id by a fresh random id in every table; returns the rows changed.</summary>
    public static async Task<int> PseudonymiseAsync(DbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var pseudonym = Guid.NewGuid();
        var parameters = new Dictionary<string, object>
        {
            ["id"] = personId,
            ["text"] = Text(personId),
            ["pseudonym"] = pseudonym,
            ["pseudonym_text"] = Text(pseudonym),
            ["compact"] = personId.ToString("N", CultureInfo.InvariantCulture),
            ["pseudonym_compact"] = pseudonym.ToString("N", CultureInfo.InvariantCulture),
        };

        var changed = 0;
        foreach (var (table, columns) in await PersonTables.ColumnsAsync(db, cancellationToken))
        {
            var assignments = string.Join(", ", columns.Select(Replacement));
            var sql = $"UPDATE {PersonTables.Quote(table)} SET {assignments} WHERE {PersonTables.Mentions(columns)}";
            changed += await PersonTables.ExecuteAsync(db, sql, parameters, cancellationToken);
        }

        return changed;
    }

    /// <summary>
    /// Deletes messages already sent that mention this text (the person's id, an erasure's id): the
    /// outbox keeps them a few days for diagnosis, which an erased person's id must not outlive.
    /// Messages still to send stay: they are on their way to the services that apply the erasure after them.
    /// </summary>
    public static Task<int> ForgetMessagesMentioningAsync(DbContext db, string text, CancellationToken cancellationToken) =>
        PersonTables.ExecuteAsync(
            db,
            $"DELETE FROM {OutboxModelBuilderExtensions.OutboxTable} WHERE dispatched_at IS NOT NULL AND strpos(body::text, @text) > 0",
            new Dictionary<string, object> { ["text"] = text },
            cancellationToken);

    public static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static string Replacement(PersonColumn column)
    {
        var name = PersonTables.Quote(column.Name);
        return column.Kind switch
        {
            PersonColumnKind.Id => $"{name} = CASE WHEN {name} = @id THEN @pseudonym ELSE {name} END",
            PersonColumnKind.IdArray => $"{name} = array_replace({name}, @id, @pseudonym)",
            PersonColumnKind.Text => $"{name} = replace(replace({name}, @text, @pseudonym_text), @compact, @pseudonym_compact)",
            _ => $"{name} = replace(replace({name}::text, @text, @pseudonym_text), @compact, @pseudonym_compact)::jsonb",
        };
    }
}
