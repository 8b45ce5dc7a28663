using System.CommandLine;
using System.Globalization;
using Disclosure.Cli.Search;
using Disclosure.Pipeline;

namespace Disclosure.Cli;

/// <summary><c>disclosure build</c>: content + theme → the static site in the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var command = new Command("build", "content/ と themes/ から公開用のサイトを output/ に作ります");
        site.AddTo(command);
        var noSearch = new Option<bool>("--no-search") { Description = "サイト内検索の索引（Pagefind、Node.js が必要）を作らない" };
        command.Options.Add(noSearch);
        var verbose = VerboseOption.Create();
        command.Options.Add(verbose);
        var timings = new Option<bool>("--timings") { Description = "各段階にかかった時間も表示する（遅いビルドを調べるとき用）" };
        command.Options.Add(timings);
        command.SetAction(async parsed =>
        {
            var options = site.Read(parsed);
            try
            {
                var result = await new SiteBuilder(options).BuildAsync();
                var exitCode = Report(result, options, parsed.GetValue(verbose));
                if (parsed.GetValue(timings))
                {
                    ReportTimings(result);
                }
                if (exitCode == 0 && !parsed.GetValue(noSearch))
                {
                    await SearchStep.RunAsync(options.OutputDirectory);
                }
                return exitCode;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A disk or permission problem is not a content error, but staff still deserve a plain sentence.
                await Console.Error.WriteLineAsync($"ファイルの読み書きに失敗しました: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static void ReportTimings(BuildResult result)
    {
        foreach (var (phase, elapsed) in result.Phases)
        {
            Console.WriteLine($"  {phase,-26} {elapsed.TotalMilliseconds,8:0} ms");
        }
        Console.WriteLine($"  {"(start of process → end)",-26} {(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds,8:0} ms");
        // What the process spent compiling code as it ran (ReadyToRun covers the rest): the start-up cost to look at.
        Console.WriteLine($"  {"(compiled while running)",-26} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,8:0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods");
    }

    private static int Report(BuildResult result, BuildOptions options, bool verbose)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.Describe(withDetail: verbose));
        }
        foreach (var note in result.Notes)
        {
            Console.WriteLine(note);
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(
                $"ビルドを中止しました: エラー {result.ErrorCount} 件、警告 {result.WarningCount} 件。{options.OutputDirectory}/ は変更していません。（{seconds} 秒）");
            return 1;
        }
        Console.WriteLine(
            $"完了: 文書 {result.DocumentsRead} 件を読み、ページ {result.PagesWritten} 件（ファイル計 {result.FilesWritten} 件）を {options.OutputDirectory}/ に書き出しました。警告 {result.WarningCount} 件。{seconds} 秒");
        return 0;
    }
}
