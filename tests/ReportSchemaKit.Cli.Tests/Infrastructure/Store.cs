using System;
using System.Collections.Generic;
using DuckDB.NET.Data;

namespace ReportSchemaKit.Cli.Tests.Infrastructure;

/// <summary>Queries over a database <c>reportkit extract</c> wrote, opened after the tool has exited.</summary>
internal sealed class Store : IDisposable
{
    private readonly DuckDBConnection connection;

    public Store(string path)
    {
        connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
    }

    public long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public List<string[]> Rows(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => connection.Dispose();
}
