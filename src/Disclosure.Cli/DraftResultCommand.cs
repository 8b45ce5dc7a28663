using System.CommandLine;
using System.Text;
using Disclosure.Cli.ResultDrafts;
using Disclosure.Comments.ResultDrafts;
using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Yaml;

namespace Disclosure.Cli;

/// <summary>
/// <c>disclosure comments draft-result</c>: writes a closed period's received opinions into its content file as the
/// draft of the published result, with personal data wrapped in redaction markup. Reading the store is logged as an
/// export is.
/// </summary>
internal static class DraftResultCommand
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".md"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(CommentsCommand.StoreOptions store)
    {
        var period = new Option<string>("--period") { Description = "意見募集の ID", Required = true };
        var content = new Option<string>("--content") { Description = "content フォルダ（既定: content）", DefaultValueFactory = _ => "content" };
        var merge = new Option<bool>("--merge") { Description = "既に意見が書かれた結果に、まだ書かれていない意見だけを加えます" };
        var dryRun = new Option<bool>("--dry-run") { Description = "書き込む内容を表示するだけで、ファイルは変えません" };
        var command = new Command("draft-result",
            "意見募集に寄せられた意見を、結果（result）の下書きとして意見募集のファイルに書き込みます（この操作は記録されます）")
        { period, content, merge, dryRun };
        command.SetAction(async parsed =>
        {
            var id = parsed.GetValue(period)!;
            var folder = parsed.GetValue(content)!;
            if (FindFile(folder, id) is not { } relativePath)
            {
                await Console.Error.WriteLineAsync(
                    $"意見募集「{id}」のファイルが {Path.Combine(folder, "comment-periods")} にありません（{string.Join("、", Extensions.Select(e => id + e))}）。ID と --content を確認してください。");
                return 1;
            }
            var files = new ContentFiles(folder);
            var fullPath = Path.Combine(folder, relativePath);
            if (Read(fullPath) is not { } original)
            {
                await Console.Error.WriteLineAsync($"{files.Display(relativePath)} は UTF-8 のテキストとして読めません。");
                return 1;
            }
            return await CommentsCommand.WithStore(parsed, store, async comments =>
            {
                var rows = await comments.ReadForStaffAsync(id, CommentsCommand.Actor, parsed.GetValue(dryRun) ? "draft-result-dry-run-cli" : "draft-result-cli");
                var draft = ResultDraft.From(rows);
                var outcome = DraftedFile.Apply(original.Text, relativePath.EndsWith(".md", StringComparison.Ordinal), draft, parsed.GetValue(merge));
                if (outcome.Text is not { } text)
                {
                    await Console.Error.WriteLineAsync($"{files.Display(relativePath)}: {outcome.Problem}");
                    return 1;
                }
                if (Problems(files, relativePath, id, text) is { Count: > 0 } problems)
                {
                    await Console.Error.WriteLineAsync("下書きを書き込むとファイルに次の問題が出るため、書き込みませんでした。");
                    foreach (var problem in problems)
                    {
                        await Console.Error.WriteLineAsync(problem.ToString());
                    }
                    return 1;
                }
                await ReportAsync(files.Display(relativePath), draft, outcome, parsed.GetValue(dryRun));
                if (parsed.GetValue(dryRun))
                {
                    await Console.Out.WriteAsync(text);
                    return 0;
                }
                await File.WriteAllBytesAsync(fullPath, [.. original.Preamble, .. StrictUtf8.GetBytes(text)]);
                return 0;
            });
        });
        return command;
    }

    private static string? FindFile(string folder, string id) =>
        Extensions.Select(e => $"comment-periods/{id}{e}").FirstOrDefault(p => File.Exists(Path.Combine(folder, p)));

    /// <summary>The file's text and its byte order mark, if it has one, so that writing it back changes only the result.</summary>
    private static (string Text, byte[] Preamble)? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var preamble = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.ToArray() : [];
        try
        {
            return (StrictUtf8.GetString(bytes, preamble.Length, bytes.Length - preamble.Length), preamble);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The drafted file as the build would read it: what would stop the build is not written.</summary>
    private static IReadOnlyList<Diagnostic> Problems(ContentFiles files, string relativePath, string id, string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile(relativePath, files.Display(relativePath), Path.GetFullPath(Path.Combine(files.Root, relativePath)), text);
        if (DocumentSource.Open(id, file, diagnostics) is { } source)
        {
            CommentPeriodParser.Parse(source);
        }
        return diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    /// <summary>What was written and which opinions had personal data wrapped: the kinds and places, never the words.</summary>
    private static async Task ReportAsync(string display, ResultDraft draft, DraftOutcome outcome, bool dryRun)
    {
        var verb = dryRun ? "書き込みます（--dry-run のため、ファイルは変えていません）" : "書き込みました";
        await Console.Error.WriteLineAsync(
            $"{display} に、受け付けた意見 {draft.Count} 件（うち重複 {draft.Duplicates} 件）のうち、異なる意見 {outcome.Added.Count} 件を{verb}。");
        if (outcome.Listed > 0)
        {
            await Console.Error.WriteLineAsync($"既に書かれていた意見 {outcome.Listed} 件はそのままです。");
        }
        var wrapped = 0;
        for (var i = 0; i < outcome.Added.Count; i++)
        {
            var opinion = outcome.Added[i];
            if (opinion.Wrapped.Count == 0)
            {
                continue;
            }
            wrapped += opinion.Wrapped.Count;
            var kinds = opinion.Wrapped.GroupBy(k => k).Select(g => $"{g.Key} {g.Count()} か所");
            await Console.Error.WriteLineAsync($"  意見 {outcome.Listed + i + 1}（受付番号 {opinion.Receipt}）: {string.Join("、", kinds)}");
        }
        await Console.Error.WriteLineAsync(wrapped == 0
            ? "意見の本文に個人情報（氏名・メールアドレス・住所・電話番号）は見つかりませんでした。公表の前に本文を読んで確かめてください。"
            : $"個人情報と思われる {wrapped} か所を {{{{redact {PersonalDataMask.Reason}|…}}}} で囲みました。公表の前に本文を読んで確かめてください。");
        await Console.Error.WriteLineAsync("各意見の「response」に市の考え方を書き、公表日「published」を書くと、結果がページに載ります。");
    }
}
