using System.CommandLine;
using ReportSchemaKit.Cli.Commands;

namespace ReportSchemaKit.Cli;

/// <summary>reportkit: read, check and list government information-disclosure annual reports.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("reportkit — typed, checked data from 政府信息公开工作年度报告 statistical tables")
        {
            ParseCommand.Create(),
            SchemasCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
