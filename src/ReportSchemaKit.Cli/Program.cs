using System;
using System.CommandLine;
using System.IO;
using ReportSchemaKit.Cli.Commands;

namespace ReportSchemaKit.Cli;

/// <summary>reportkit: read, check, render, extract and document government information-disclosure annual reports.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand("reportkit — typed, checked data from 政府信息公开工作年度报告 statistical tables")
        {
            ParseCommand.Create(),
            ValidateCommand.Create(),
            RenderCommand.Create(),
            ExtractCommand.Create(),
            DocsCommand.Create(),
            DiffCommand.Create(),
            SchemasCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine would exit 1 here, which `validate` uses for findings: a wrong command line is 2.
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine("reportkit: " + error.Message);
            }

            Console.Error.WriteLine($"Run 'reportkit {string.Join(' ', CommandPath(parsed))} --help' for the usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.InputError;
        }

        try
        {
            // Our own handler: a failure is one line naming what failed, never a stack trace.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("reportkit: " + exception.Message);
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("reportkit: cancelled");
            return 130;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Input faults are answered above and in the commands; anything else is a bug in reportkit, said in one
            // line with what a bug report needs rather than as a stack trace.
            Console.Error.WriteLine($"reportkit: internal error, please report it with the command line: {exception.GetType().FullName}: {exception.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static string[] CommandPath(ParseResult parsed)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var result = parsed.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return [.. names];
    }
}
