using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary><c>validate</c> shows what the prose claims against the tables, in the table and in JSON.</summary>
public sealed class ClaimOutputTests
{
    [Theory]
    [InlineData("受理依申请公开1件", "equal")]
    [InlineData("受理依申请公开3件", "different")]
    public void The_jinshan_statement_of_its_applications_is_compared_with_its_table(string statement, string outcome)
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Corpus.PathOf("2023-jinshan-f2021-lines.txt")).Replace("受理依申请公开1件", statement, StringComparison.Ordinal);
        var path = folder.Write("jinshan.txt", System.Text.Encoding.UTF8.GetBytes(text));

        var table = Reportkit.Run("validate", path);
        var json = Reportkit.Run("validate", path, "--format", "json");

        Assert.Contains($"│ requests.new-received │ {outcome}", table.Output, StringComparison.Ordinal);
        Assert.Contains(statement[^2..], table.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var claim = document.RootElement.GetProperty("files")[0].GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("claim").GetString() == "requests.new-received");
        Assert.Equal(outcome, claim.GetProperty("outcome").GetString());
        var mention = Assert.Single(claim.GetProperty("mentions").EnumerateArray());
        Assert.Equal(20, mention.GetProperty("line").GetInt32());
        Assert.Equal(statement, mention.GetProperty("statement").GetString());
    }
}
