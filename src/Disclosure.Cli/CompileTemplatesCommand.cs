using System.CommandLine;
using Disclosure.Rendering.Templates;

namespace Disclosure.Cli;

/// <summary>
/// <c>disclosure compile-templates</c>, hidden: run by the tool's own build (Disclosure.Cli.csproj) to ship the
/// default theme's templates compiled.
/// </summary>
public static class CompileTemplatesCommand
{
    public static Command Create()
    {
        var templates = new Option<string>("--templates") { Required = true };
        var output = new Option<string>("--output") { Required = true };
        var command = new Command("compile-templates") { Hidden = true };
        command.Options.Add(templates);
        command.Options.Add(output);
        command.SetAction(async parsed =>
        {
            var count = await ShipDefaultTheme.CompileAsync(parsed.GetValue(templates)!, parsed.GetValue(output)!);
            Console.WriteLine($"compiled {count} templates into {parsed.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
