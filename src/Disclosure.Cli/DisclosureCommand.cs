using System.CommandLine;

namespace Disclosure.Cli;

public static class DisclosureCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Disclosure: 特定個人情報保護評価の公開サイトを作るツール");
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
