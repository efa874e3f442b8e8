using System;
using System.Collections.Generic;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>The tables read so far, by id: rules resolve their names against it.</summary>
internal sealed class TableRegistry
{
    private readonly Dictionary<string, TableSpec> _tables = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => _tables.Keys;

    /// <summary>Adds a table; false where the id is taken.</summary>
    public bool TryAdd(TableSpec table)
    {
        if (_tables.ContainsKey(table.Id))
        {
            return false;
        }

        _tables.Add(table.Id, table);
        return true;
    }

    public bool Contains(string id) => _tables.ContainsKey(id);

    public TableSpec? Find(string id) => _tables.TryGetValue(id, out var table) ? table : null;
}
