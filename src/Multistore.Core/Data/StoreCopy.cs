using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Multistore.Tenancy;

namespace Multistore.Data;

/// <summary>What one pass did to one table of the target, and the table's content as both sides have it afterwards.</summary>
internal sealed record StoreTableSync(string Table, long SourceRows, long Inserted, long Updated, long Deleted, string SourceChecksum);

/// <summary>One table's row count and checksum as a database holds it.</summary>
internal sealed record StoreTableChecksum(string Table, long Rows, string Checksum);

/// <summary>
/// Copies a store's tables from one database to another, whatever the two providers (SQLite and PostgreSQL either way),
/// and makes the target equal to the source again after the source changed: each pass reads the source in one snapshot
/// (so an order and its lines are read as of the same moment), compares every row by primary key with the target as
/// the previous pass left it (read from the target on the first pass only), and writes only the difference, in one
/// transaction: deleted rows children first, new rows in batches and changed rows parents first. Values go through each side's EF type mapping, so a decimal, an instant or an enum stored as text in SQLite
/// arrives as PostgreSQL's own type and back.
///
/// A table's checksum is the wrapping sum of a SHA-256 prefix of every row in a provider-neutral form (instants to the
/// microsecond both providers keep, decimals without trailing zeros), so it is the same on both sides whatever order
/// the rows come in, and any changed, missing or extra row changes it.
/// </summary>
internal sealed class StoreCopy(IReadOnlyList<StoreTable> tables, DbConnection source, DbConnection target, DatabaseProvider targetProvider)
{
    private static readonly ConcurrentDictionary<Type, Func<DbDataReader, int, object>> Readers = new();
    private static readonly MethodInfo ReadAsMethod = typeof(StoreCopy).GetMethod(nameof(ReadAs), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// The target's rows by table and key (each row's hash and key values) as the last pass left them: the next pass
    /// compares with this instead of reading the target again, so a catch-up with the store closed reads the source once.
    /// Anything that wrote into the target behind the copy's back shows in <see cref="TargetChecksumsAsync"/>.
    /// </summary>
    private Dictionary<string, Dictionary<string, (UInt128 Hash, object?[] Key)>>? _targetRows;

    /// <summary>Makes every table of the target equal to the source's; the report per table, parents first.</summary>
    public async Task<IReadOnlyList<StoreTableSync>> SyncAsync(Action<StoreTableSync>? tableDone, CancellationToken cancellationToken)
    {
        await using var snapshot = await BeginSnapshotAsync(source, cancellationToken);
        await using var write = await target.BeginTransactionAsync(cancellationToken);
        var (reading, writing) = (new Reading(source, snapshot), new Writing(target, write, targetProvider));

        // The target's rows (read the first time only), then what the source no longer has, removed children first.
        var targetRows = _targetRows ?? await ReadTargetRowsAsync(write, cancellationToken);
        var deleted = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Reverse())
        {
            var kept = await ReadKeysAsync(table, reading, cancellationToken);
            var gone = targetRows[table.Name].Keys.Where(k => !kept.Contains(k)).ToList();
            deleted[table.Name] = await DeleteAsync(table, writing, targetRows[table.Name], gone, cancellationToken);
        }

        var report = new List<StoreTableSync>(tables.Count);
        foreach (var table in tables)
        {
            var sync = await UpsertAsync(table, reading, writing, targetRows[table.Name], cancellationToken);
            sync = sync with { Deleted = deleted[table.Name] };
            report.Add(sync);
            tableDone?.Invoke(sync);
        }

        if (targetProvider == DatabaseProvider.Postgres)
        {
            await AdvanceSequencesAsync(target, write, cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        await snapshot.CommitAsync(cancellationToken);
        _targetRows = targetRows;
        return report;
    }

    /// <summary>Every table's row count and checksum as the target holds it now, read afresh.</summary>
    public async Task<IReadOnlyList<StoreTableChecksum>> TargetChecksumsAsync(CancellationToken cancellationToken)
    {
        await using var snapshot = await BeginSnapshotAsync(target, cancellationToken);
        var sums = new List<StoreTableChecksum>(tables.Count);
        foreach (var table in tables)
        {
            var rows = await RowHashesAsync(table, target, snapshot, Side.Target, cancellationToken);
            sums.Add(new StoreTableChecksum(table.Name, rows.Count, Checksum(rows.Values.Select(r => r.Hash))));
        }

        await snapshot.CommitAsync(cancellationToken);
        return sums;
    }

    private async Task<Dictionary<string, Dictionary<string, (UInt128 Hash, object?[] Key)>>> ReadTargetRowsAsync(DbTransaction write, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, Dictionary<string, (UInt128 Hash, object?[] Key)>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            rows[table.Name] = await RowHashesAsync(table, target, write, Side.Target, cancellationToken);
        }

        return rows;
    }

    /// <summary>The canonical keys of the source's rows, reading the key columns only.</summary>
    private static async Task<HashSet<string>> ReadKeysAsync(StoreTable table, Reading source, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var command = Command(source.Connection, source.Snapshot,
            $"SELECT {string.Join(", ", table.Key.Select(k => Quote(table.Columns[k].Name)))} FROM {Quote(table.Name)}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(string.Join("\u0000", table.Key.Select((k, i) => Canonical(Read(reader, i, table.Columns[k].Source)))));
        }

        return keys;
    }

    private enum Side
    {
        Source,
        Target,
    }

    /// <summary>The source as one pass reads it: its connection and the snapshot transaction.</summary>
    private sealed record Reading(DbConnection Connection, DbTransaction Snapshot);

    /// <summary>The target as one pass writes it: its connection, the pass's transaction and its provider.</summary>
    private sealed record Writing(DbConnection Connection, DbTransaction Transaction, DatabaseProvider Provider);

    /// <summary>
    /// PostgreSQL's repeatable read sees one snapshot for the whole pass; so does SQLite's deferred read transaction in WAL
    /// mode, without taking the write lock shoppers' orders need meanwhile.
    /// </summary>
    private static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>Every row's hash and key values, by the key's canonical text.</summary>
    private static async Task<Dictionary<string, (UInt128 Hash, object?[] Key)>> RowHashesAsync(StoreTable table, DbConnection connection, DbTransaction transaction,
        Side side, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (UInt128, object?[])>(StringComparer.Ordinal);
        await foreach (var values in ReadAsync(table, connection, transaction, side, cancellationToken))
        {
            rows[KeyOf(table, values)] = (Hash(values), [.. table.Key.Select(k => values[k])]);
        }

        return rows;
    }

    private static async Task<long> DeleteAsync(StoreTable table, Writing target, Dictionary<string, (UInt128 Hash, object?[] Key)> targetRows, List<string> keys,
        CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        await using var command = Command(target.Connection, target.Transaction, $"DELETE FROM {Quote(table.Name)} WHERE {KeyCondition(table)}");
        var parameters = table.Key.Select((k, i) => table.Columns[k].Target.CreateParameter(command, $"k{i}", null, nullable: true)).ToList();
        command.Parameters.AddRange(parameters.ToArray());
        foreach (var key in keys)
        {
            Bind(parameters, table.Key.Select((k, i) => (table.Columns[k], targetRows[key].Key[i])), target.Provider);
            await command.ExecuteNonQueryAsync(cancellationToken);
            targetRows.Remove(key);
        }

        return keys.Count;
    }

    private static async Task<StoreTableSync> UpsertAsync(StoreTable table, Reading source, Writing target, Dictionary<string, (UInt128 Hash, object?[] Key)> targetRows,
        CancellationToken cancellationToken)
    {
        await using var insert = new RowInserter(table, target);

        var others = Enumerable.Range(0, table.Columns.Count).Where(i => !table.Key.Contains(i)).ToList();
        await using var update = Command(target.Connection, target.Transaction, others.Count == 0 ? "SELECT 1"
            : $"UPDATE {Quote(table.Name)} SET {string.Join(", ", others.Select(i => $"{Quote(table.Columns[i].Name)} = @v{i}"))} WHERE {KeyCondition(table)}");
        var updateParameters = others.Select(i => table.Columns[i].Target.CreateParameter(update, $"v{i}", null, nullable: true))
            .Concat(table.Key.Select((k, i) => table.Columns[k].Target.CreateParameter(update, $"k{i}", null, nullable: true))).ToList();
        update.Parameters.AddRange(updateParameters.ToArray());

        long rows = 0, inserted = 0, updated = 0;
        UInt128 sum = 0;
        var waiting = new List<object?[]>();
        var written = new HashSet<string>(targetRows.Keys, StringComparer.Ordinal);
        var after = new Dictionary<string, (UInt128 Hash, object?[] Key)>(targetRows.Count, StringComparer.Ordinal);
        await foreach (var values in ReadAsync(table, source.Connection, source.Snapshot, Side.Source, cancellationToken))
        {
            rows++;
            var hash = Hash(values);
            sum += hash;
            var key = KeyOf(table, values);
            after[key] = (hash, [.. table.Key.Select(k => values[k])]);
            if (targetRows.TryGetValue(key, out var had))
            {
                if (had.Hash != hash && others.Count > 0)
                {
                    Bind(updateParameters, others.Select(i => (table.Columns[i], values[i])).Concat(table.Key.Select(k => (table.Columns[k], values[k]))), target.Provider);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                    updated++;
                }

                continue;
            }

            if (table.ParentColumn is { } parent && values[parent] is { } parentKey && !written.Contains(Canonical(parentKey)))
            {
                // A child read before its parent waits for it (a category under one created later).
                waiting.Add(values);
                continue;
            }

            await insert.AddAsync(values, cancellationToken);
            written.Add(key);
            inserted++;
        }

        while (waiting.Count > 0)
        {
            var ready = waiting.Where(v => written.Contains(Canonical(v[table.ParentColumn!.Value]))).ToList();
            if (ready.Count == 0)
            {
                ready = waiting; // A parent outside the table's rows: the database's own constraint names it.
            }

            foreach (var values in ready)
            {
                await insert.AddAsync(values, cancellationToken);
                written.Add(KeyOf(table, values));
                inserted++;
            }

            waiting.RemoveAll(ready.Contains);
        }

        await insert.FlushAsync(cancellationToken);

        // The target now holds exactly the source's rows of this pass.
        targetRows.Clear();
        foreach (var (key, row) in after)
        {
            targetRows[key] = row;
        }

        return new StoreTableSync(table.Name, rows, inserted, updated, 0, Format(rows, sum));
    }

    /// <summary>
    /// Inserts a table's new rows many to a statement (one round trip per batch instead of per row), in the order given:
    /// both databases check foreign keys at the end of each statement, so a parent and its child may share a batch.
    /// </summary>
    private sealed class RowInserter(StoreTable table, Writing target) : IAsyncDisposable
    {
        /// <summary>Parameters per statement stay well under both providers' limits (SQLite 32,766; PostgreSQL 65,535).</summary>
        private const int MaxParameters = 10_000;

        private readonly int _batch = Math.Clamp(MaxParameters / table.Columns.Count, 1, 500);
        private readonly List<object?[]> _rows = [];
        private DbCommand? _full;
        private List<DbParameter>? _fullParameters;

        public async Task AddAsync(object?[] values, CancellationToken cancellationToken)
        {
            _rows.Add(values);
            if (_rows.Count == _batch)
            {
                await FlushAsync(cancellationToken);
            }
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_rows.Count == 0)
            {
                return;
            }

            // Full batches reuse one command; the last, shorter one gets its own.
            var full = _rows.Count == _batch;
            var (command, parameters) = full && _full is not null ? (_full, _fullParameters!) : Prepare(_rows.Count);
            Bind(parameters, _rows.SelectMany(row => table.Columns.Select((c, i) => (c, row[i]))), target.Provider);
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (full)
            {
                (_full, _fullParameters) = (command, parameters);
            }
            else
            {
                await command.DisposeAsync();
            }

            _rows.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            if (_full is not null)
            {
                await _full.DisposeAsync();
            }
        }

        private (DbCommand, List<DbParameter>) Prepare(int rows)
        {
            var names = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
            var tuples = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", table.Columns.Select((_, i) => $"@r{r}v{i}")) + ")");
            var command = Command(target.Connection, target.Transaction, $"INSERT INTO {Quote(table.Name)} ({names}) VALUES {string.Join(", ", tuples)}");
            var parameters = Enumerable.Range(0, rows)
                .SelectMany(r => table.Columns.Select((c, i) => c.Target.CreateParameter(command, $"r{r}v{i}", null, nullable: true)))
                .ToList();
            command.Parameters.AddRange(parameters.ToArray());
            return (command, parameters);
        }
    }

    private static void Bind(List<DbParameter> parameters, IEnumerable<(StoreColumn Column, object? Value)> values, DatabaseProvider targetProvider)
    {
        var i = 0;
        foreach (var (column, value) in values)
        {
            var model = targetProvider == DatabaseProvider.Postgres ? ForPostgres(value) : value;
            var provider = model is null ? null : column.Target.Converter is { } converter ? converter.ConvertToProvider(model) : model;
            parameters[i++].Value = provider ?? DBNull.Value;
        }
    }

    /// <summary>PostgreSQL's timestamptz takes UTC only; SQLite hands back instants with their offset and times without a kind.</summary>
    private static object? ForPostgres(object? value) => value switch
    {
        DateTimeOffset instant => instant.ToUniversalTime(),
        DateTime { Kind: DateTimeKind.Unspecified } time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        DateTime { Kind: DateTimeKind.Local } time => time.ToUniversalTime(),
        _ => value,
    };

    private static async IAsyncEnumerable<object?[]> ReadAsync(StoreTable table, DbConnection connection, DbTransaction transaction, Side side,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[table.Columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Read(reader, i, side == Side.Source ? table.Columns[i].Source : table.Columns[i].Target);
            }

            yield return values;
        }
    }

    private static object? Read(DbDataReader reader, int ordinal, RelationalTypeMapping mapping)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var converter = mapping.Converter;
        var type = converter?.ProviderClrType ?? mapping.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var raw = Readers.GetOrAdd(type, t => ReadAsMethod.MakeGenericMethod(t).CreateDelegate<Func<DbDataReader, int, object>>())(reader, ordinal);
        return converter is null ? raw : converter.ConvertFromProvider(raw);
    }

    private static object ReadAs<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;

    private static string KeyOf(StoreTable table, object?[] values) => string.Join("\u0000", table.Key.Select(k => Canonical(values[k])));

    private static UInt128 Hash(object?[] values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            var canonical = Canonical(value);
            text.Append(canonical.Length).Append(':').Append(canonical).Append(';');
        }

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private static string Checksum(IEnumerable<UInt128> hashes)
    {
        long count = 0;
        UInt128 sum = 0;
        foreach (var hash in hashes)
        {
            count++;
            sum += hash;
        }

        return Format(count, sum);
    }

    private static string Format(long rows, UInt128 sum) => $"{rows}:{sum:x32}";

    /// <summary>The same text for a value whichever database it was read from.</summary>
    private static string Canonical(object? value) => value switch
    {
        null => "\u2400",
        string text => text,
        decimal number => (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        DateTimeOffset instant => (instant.UtcTicks / 10).ToString(CultureInfo.InvariantCulture),
        DateTime time => (time.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        TimeSpan span => (span.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        Guid id => id.ToString("D"),
        Enum member => Convert.ToInt64(member, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Canonical)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Identity columns count on from the highest key copied, so the next order gets the next number, not a taken one.</summary>
    private static async Task AdvanceSequencesAsync(DbConnection target, DbTransaction write, CancellationToken cancellationToken)
    {
        var columns = new List<(string Table, string Column)>();
        await using (var find = Command(target, write, """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
            """))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            await ExecuteAsync(target, write,
                $"SELECT setval(pg_get_serial_sequence('{Quote(table).Replace("'", "''", StringComparison.Ordinal)}', '{column.Replace("'", "''", StringComparison.Ordinal)}'), "
                + $"COALESCE((SELECT MAX({Quote(column)}) FROM {Quote(table)}), 0) + 1, false)", cancellationToken);
        }
    }

    private static string KeyCondition(StoreTable table) =>
        string.Join(" AND ", table.Key.Select((k, i) => $"{Quote(table.Columns[k].Name)} = @k{i}"));

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
