using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Multistore.Data;

/// <summary>One column of a store's table, with the type mapping each of the two databases reads and writes it with.</summary>
internal sealed record StoreColumn(string Name, RelationalTypeMapping Source, RelationalTypeMapping Target);

/// <summary>
/// One table of a store as the source and the target database see it (the same DbContext model on each side's
/// provider): its columns, its primary key, the tables its foreign keys point at, and a single-column reference to its
/// own key (a category's parent), which decides the order rows are written in.
/// </summary>
internal sealed record StoreTable(string Name, IReadOnlyList<StoreColumn> Columns, IReadOnlyList<int> Key, IReadOnlyList<string> References, int? ParentColumn)
{
    /// <summary>
    /// The tables of every DbContext pair, each once, parents before the tables that refer to them. A table whose name
    /// two contexts share is taken from the first.
    /// </summary>
    public static IReadOnlyList<StoreTable> Of(IEnumerable<(DbContext Source, DbContext Target)> contexts)
    {
        var tables = new Dictionary<string, StoreTable>(StringComparer.Ordinal);
        foreach (var (source, target) in contexts)
        {
            var targetTables = target.Model.GetRelationalModel().Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
            foreach (var table in source.Model.GetRelationalModel().Tables.Where(t => !tables.ContainsKey(t.Name)))
            {
                if (!targetTables.TryGetValue(table.Name, out var other))
                {
                    throw new InvalidOperationException($"Table '{table.Name}' has no counterpart in the target database's model.");
                }

                tables[table.Name] = Describe(table, other);
            }
        }

        return Ordered(tables);
    }

    private static StoreTable Describe(ITable source, ITable target)
    {
        var columns = new List<StoreColumn>();
        foreach (var column in source.Columns)
        {
            var counterpart = target.FindColumn(column.Name)
                ?? throw new InvalidOperationException($"Column '{source.Name}.{column.Name}' has no counterpart in the target database's model.");
            columns.Add(new StoreColumn(column.Name, MappingOf(column), MappingOf(counterpart)));
        }

        var key = source.PrimaryKey?.Columns.Select(c => columns.FindIndex(x => x.Name == c.Name)).ToList()
            ?? throw new InvalidOperationException($"Table '{source.Name}' has no primary key: its rows cannot be told apart to be copied.");
        var references = source.ForeignKeyConstraints.Select(f => f.PrincipalTable.Name).Where(n => n != source.Name).Distinct().ToList();
        var parent = source.ForeignKeyConstraints
            .Where(f => f.PrincipalTable.Name == source.Name && f.Columns.Count == 1 && key.Count == 1)
            .Select(f => columns.FindIndex(x => x.Name == f.Columns[0].Name))
            .Cast<int?>()
            .FirstOrDefault();
        return new StoreTable(source.Name, columns, key, references, parent);
    }

    private static RelationalTypeMapping MappingOf(IColumn column) =>
        column.PropertyMappings.Count > 0 ? column.PropertyMappings[0].TypeMapping : column.StoreTypeMapping;

    /// <summary>Parents first (Kahn's order); references to tables outside the store are not waited for.</summary>
    private static List<StoreTable> Ordered(Dictionary<string, StoreTable> tables)
    {
        var ordered = new List<StoreTable>(tables.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var waiting = tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (waiting.Count > 0)
        {
            var ready = waiting.Where(t => t.References.All(r => placed.Contains(r) || !tables.ContainsKey(r))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The tables {string.Join(", ", waiting.Select(t => t.Name))} refer to each other in a circle.");
            }

            foreach (var table in ready)
            {
                ordered.Add(table);
                placed.Add(table.Name);
                waiting.Remove(table);
            }
        }

        return ordered;
    }
}
