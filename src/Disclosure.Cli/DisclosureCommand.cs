using System.CommandLine;
using System.CommandLine.Help;

namespace Disclosure.Cli;

public static class DisclosureCommand
{
    /// <summary>
    /// The command as staff type it. A <see cref="RootCommand"/> would be named after the assembly, so help would show
    /// usage as <c>Disclosure.Cli build</c>; a command named <c>disclosure</c> with the same help and version options
    /// shows <c>disclosure build</c>.
    /// </summary>
    public static Command Create()
    {
        var root = new Command("disclosure", "Disclosure: 特定個人情報保護評価の公開サイトを作るツール");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ServeCommentsCommand.Create());
        root.Subcommands.Add(Preview.ServeCommand.Create());
        root.Subcommands.Add(CommentsCommand.Create());
        root.Subcommands.Add(CompileTemplatesCommand.Create());
        return root;
    }
}
