using System.Globalization;
using Disclosure.Pipeline;

namespace Disclosure.Cli.Preview;

/// <summary>Tells the terminal how each build went, in the same words and <c>path:line: message</c> form as <c>disclosure build</c>.</summary>
public static class BuildReporter
{
    public static void Report(BuildResult result, BuildOptions options)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(
                $"[{time}] ビルドエラー: エラー {result.ErrorCount} 件、警告 {result.WarningCount} 件。{options.OutputDirectory}/ は変更せず、前回のサイトを表示し続けます。（{seconds} 秒）");
            return;
        }
        // After the first build, say how little was redone: staff see why a save shows up at once.
        var redone = result.PagesRendered < result.PagesWritten
            ? $"（作り直し {result.PagesRendered} 件、書き換えたファイル {result.FilesWritten - result.FilesUnchanged} 件）"
            : "";
        Console.WriteLine(
            $"[{time}] ビルドしました: 文書 {result.DocumentsRead} 件、ページ {result.PagesWritten} 件（ファイル計 {result.FilesWritten} 件）{redone}、警告 {result.WarningCount} 件。{seconds} 秒");
    }
}
