using System.CommandLine;
using Disclosure.Comments;

namespace Disclosure.Cli;

/// <summary><c>disclosure serve-comments</c>: runs the public-comment endpoint; ASP.NET options such as <c>--urls</c> pass through.</summary>
public static class ServeCommentsCommand
{
    public static Command Create()
    {
        var command = new Command("serve-comments", "意見受付サーバーを起動します（例: --urls http://127.0.0.1:5080）")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async parsed => await CommentServer.RunAsync([.. parsed.UnmatchedTokens]));
        return command;
    }
}
