using System.CommandLine;
using System.Globalization;
using Disclosure.Pipeline;
using Disclosure.Time;

namespace Disclosure.Cli;

/// <summary><c>disclosure build</c>: content + theme → the static site in the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "コンテンツのフォルダ", DefaultValueFactory = _ => "content" };
        var theme = new Option<string>("--theme") { Description = "テーマのフォルダ", DefaultValueFactory = _ => Path.Combine("themes", "default") };
        var output = new Option<string>("--output") { Description = "出力先のフォルダ", DefaultValueFactory = _ => "output" };
        var now = new Option<string?>("--now") { Description = "「今日」を固定する（YYYY-MM-DD、日本時間）。再現できるビルドとテスト用" };
        var drafts = new Option<bool>("--drafts") { Description = "下書き（status: draft）の評価書も出力する" };

        var command = new Command("build", "content/ と themes/ から公開用のサイトを output/ に作ります") { content, theme, output, now, drafts };
        command.SetAction(async parsed =>
        {
            var nowText = parsed.GetValue(now);
            DateTimeOffset instant = DateTimeOffset.UtcNow;
            if (nowText is not null)
            {
                if (!DateOnly.TryParseExact(nowText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    await Console.Error.WriteLineAsync($"--now には YYYY-MM-DD の形で実在する日付を指定してください（「{nowText}」）。");
                    return 2;
                }
                instant = TokyoTime.StartOf(day);
            }

            var options = new BuildOptions
            {
                ContentDirectory = parsed.GetValue(content)!,
                ThemeDirectory = parsed.GetValue(theme)!,
                OutputDirectory = parsed.GetValue(output)!,
                Now = instant,
                IncludeDrafts = parsed.GetValue(drafts),
            };
            try
            {
                var result = await new SiteBuilder(options).BuildAsync();
                return Report(result, options);
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

    private static int Report(BuildResult result, BuildOptions options)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
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
