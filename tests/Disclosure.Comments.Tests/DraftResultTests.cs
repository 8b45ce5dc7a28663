using System.Globalization;
using System.Net;
using System.Text;
using Disclosure.Comments.Store;
using Disclosure.Comments.Tests.Support;
using Disclosure.Privacy;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Comments.Tests;

/// <summary>
/// <c>disclosure comments draft-result</c>: opinions posted through the form become the period's result draft —
/// counted, repeats merged, personal data wrapped in redaction markup — and a build of the drafted content publishes
/// the opinions and responses and nothing of who sent them.
/// </summary>
public abstract class DraftResultTests(DraftResultFixture server)
{
    private const string Period = TestSite.OpenPeriod;
    private const string Repeated = "紙の申請書の様式も引き続き使えるようにしてください。";
    private const string Signed = "千葉市在住の山田　太郎です。個人番号の利用範囲を分かりやすく説明してください。"
        + "住所は千葉市中央区千葉港１－１です。連絡はｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ、電話は090-1234-5678にお願いします。";
    private const string Contact = "委託先の監督方法について質問があります。info@example.org か （03）1234-5678、または 0312345679 まで。";
    private const string Awkward = "- 先頭がハイフン: 「引用」 \"二重\" 'single' # シャープ\n次の行: {値} [括弧]\n\n  字下げした行";

    /// <summary>Every spelling of the personal data that must not reach a published file, folded as the leak check folds.</summary>
    private static readonly string[] Personal =
    [
        "山田太郎", "yamada@example.jp", "千葉市中央区千葉港1-1", "090-1234-5678", "09012345678", "info@example.org", "1234-5678", "0312345679",
    ];

    [Fact]
    public async Task The_draft_lists_each_opinion_once_with_its_section_and_count_and_wraps_personal_data()
    {
        await server.SubmitOnceAsync();
        using var copy = new ContentCopy(server.Site.ContentDirectory);
        var before = copy.Text;
        var logged = server.Store().AccessLog().Count;

        var run = await server.RunCliAsync("comments", "draft-result", "--period", Period, "--content", copy.Content);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var after = copy.Text;
        Assert.StartsWith(before, after);
        var result = after[before.Length..];
        Assert.StartsWith("result:\n  count: 6\n  duplicates: 2\n  responses:\n", result);
        Assert.DoesNotContain("published", result);
        Assert.Equal(4, Occurrences(result, "- opinion:"));
        Assert.Contains("      submitted: 3\n", result);
        Assert.Contains("section: \"Ⅲ リスク対策\"", result);
        Assert.Contains("section: \"Ⅱ 特定個人情報ファイルの概要\"", result);
        Assert.Contains("{{redact 個人情報|山田　太郎}}", result);
        Assert.Contains("{{redact 個人情報|ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ}}", result);
        Assert.Contains("{{redact 個人情報|千葉市中央区千葉港１－１}}", result);
        Assert.Contains("{{redact 個人情報|090-1234-5678}}", result);
        Assert.Contains("{{redact 個人情報|info@example.org}}", result);
        Assert.Contains("{{redact 個人情報|（03）1234-5678}}", result);
        Assert.Contains("{{redact 個人情報|0312345679}}", result);
        Assert.Contains("個人情報と思われる 7 か所", run.Stderr);
        Assert.Contains("氏名 1 か所", run.Stderr);
        Assert.Contains("電話番号 2 か所", run.Stderr);
        AssertFreeOfPersonalData(run.Stdout + run.Stderr, "the command's output");
        Assert.Equal("draft-result-cli", server.Store().AccessLog().Skip(logged).Single().Action);

        // Staff answer each opinion and set the day of publication; the period is shown as closed.
        var answered = Answered(after);
        await File.WriteAllTextAsync(copy.PeriodFile, answered);
        using var output = new TemporaryFolder();
        var build = await CliRunner.RunAsync("build", "--content", copy.Content, "--output", output.Path, "--no-search");

        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        var page = await File.ReadAllTextAsync(Path.Combine(output.Path, "comment-periods", Period, "index.html"));
        Assert.Contains(Repeated, page);
        Assert.Contains("個人番号の利用範囲を分かりやすく説明してください。", page);
        Assert.Contains("委託先の監督方法について質問があります。", page);
        Assert.Contains("市の考え方その1", page);
        Assert.Contains("市の考え方その4", page);
        Assert.Contains("6件</strong>（うち同じ内容の意見2件）", page);
        Assert.Contains("（同じ内容の意見3件）", page);
        var headings = new[] { "全体", "Ⅰ 基本情報", "Ⅱ 特定個人情報ファイルの概要", "Ⅲ リスク対策" }
            .Select((section, i) => page.IndexOf($"<h3 id=\"responses-section-{i + 1}\">{section}</h3>", StringComparison.Ordinal)).ToList();
        Assert.All(headings, at => Assert.True(at >= 0, page));
        Assert.Equal(headings.Order(), headings);
        var data = await File.ReadAllTextAsync(Path.Combine(output.Path, "data", "comment-responses.json"));
        using (var json = System.Text.Json.JsonDocument.Parse(data))
        {
            var rows = json.RootElement.GetProperty("responses").EnumerateArray().ToList();
            Assert.Equal([1, 2, 3, 4], rows.Select(r => r.GetProperty("number").GetInt32()));
            Assert.Equal([3, 1, 1, 1], rows.Select(r => r.GetProperty("submitted").GetInt32()));
            Assert.Equal("Ⅲ リスク対策", rows[3].GetProperty("section").GetString());
            Assert.StartsWith("市の考え方その", rows[0].GetProperty("response").GetString());
        }
        Assert.Contains("\"result_duplicates\": 2", await File.ReadAllTextAsync(Path.Combine(output.Path, "data", "comment-periods.json")));
        var feed = await File.ReadAllTextAsync(Path.Combine(output.Path, "feed.xml"));
        Assert.Contains($"意見募集の結果を公表しました：意見募集 {Period}", feed);
        Assert.Contains("提出された意見6件", feed);
        foreach (var file in Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories))
        {
            AssertFreeOfPersonalData(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), file);
        }
    }

    [Fact]
    public async Task A_result_that_already_lists_opinions_is_not_overwritten()
    {
        await server.SubmitOnceAsync();
        using var copy = new ContentCopy(server.Site.ContentDirectory);
        File.AppendAllText(copy.PeriodFile, AnsweredResult);
        var before = File.ReadAllBytes(copy.PeriodFile);

        var run = await server.RunCliAsync("comments", "draft-result", "--period", Period, "--content", copy.Content);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("上書きしません", run.Stderr);
        Assert.Contains("--merge", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(copy.PeriodFile));
    }

    [Fact]
    public async Task Merge_adds_only_the_opinions_not_yet_listed_and_updates_the_counts()
    {
        await server.SubmitOnceAsync();
        using var copy = new ContentCopy(server.Site.ContentDirectory);
        File.AppendAllText(copy.PeriodFile, AnsweredResult);
        var before = copy.Text;

        var run = await server.RunCliAsync("comments", "draft-result", "--period", Period, "--content", copy.Content, "--merge");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var after = copy.Text;
        var listed = before[before.IndexOf("  responses:", StringComparison.Ordinal)..];
        Assert.Contains(listed, after);
        Assert.Contains("  count: 6 # 郵送の分を含まない\n  duplicates: 2\n", after);
        Assert.Contains("# 担当者の覚え書き", after);
        Assert.Equal(1, Occurrences(after, Repeated));
        Assert.Equal(4, Occurrences(after, "- opinion:"));
        Assert.Contains("既に書かれていた意見 1 件はそのままです", run.Stderr);
        Assert.Contains("異なる意見 3 件を書き込みました", run.Stderr);
        Assert.Contains("意見 2（受付番号", run.Stderr);

        var again = await server.RunCliAsync("comments", "draft-result", "--period", Period, "--content", copy.Content, "--merge");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(after, copy.Text);
    }

    [Fact]
    public async Task Dry_run_prints_the_file_it_would_write_and_changes_nothing()
    {
        await server.SubmitOnceAsync();
        using var copy = new ContentCopy(server.Site.ContentDirectory);
        var before = File.ReadAllBytes(copy.PeriodFile);
        var logged = server.Store().AccessLog().Count;

        var run = await server.RunCliAsync("comments", "draft-result", "--period", Period, "--content", copy.Content, "--dry-run");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(copy.PeriodFile));
        Assert.StartsWith(Encoding.UTF8.GetString(before), run.Stdout);
        Assert.Contains("result:\n  count: 6\n", run.Stdout);
        Assert.Contains("--dry-run のため、ファイルは変えていません", run.Stderr);
        Assert.Equal("draft-result-dry-run-cli", server.Store().AccessLog().Skip(logged).Single().Action);
    }

    [Fact]
    public async Task A_markdown_file_with_an_empty_result_gets_its_opinions_in_the_front_matter_and_keeps_its_body()
    {
        await server.SubmitOnceAsync();
        using var copy = new ContentCopy(server.Site.ContentDirectory);
        var markdown = Path.ChangeExtension(copy.PeriodFile, ".md");
        var before = $"""
            ---
            {copy.Text.TrimEnd('\n')}
            result:
              summary: |
                郵送の意見も合わせて公表します。 # 本文の一部
              count: 0
              responses: [] # まだ書いていない
            ---

            意見募集の本文です。
            """;
        File.WriteAllText(markdown, before);
        File.Delete(copy.PeriodFile);

        var run = await server.RunCliAsync("comments", "draft-result", "--period", Period, "--content", copy.Content);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var after = File.ReadAllText(markdown);
        Assert.Contains("    郵送の意見も合わせて公表します。 # 本文の一部\n  count: 6\n  duplicates: 2\n  responses:  # まだ書いていない\n    - opinion: |-\n", after);
        Assert.EndsWith("      response: \"\"\n---\n\n意見募集の本文です。", after);
        Assert.Equal(4, Occurrences(after, "- opinion:"));
        Assert.StartsWith(before[..before.IndexOf("  count: 0", StringComparison.Ordinal)], after);
    }

    /// <summary>One opinion already answered, with staff's comments in and around it.</summary>
    private const string AnsweredResult = $"""
        # 担当者の覚え書き: 郵送の意見は別に数える
        result:
          count: 1 # 郵送の分を含まない
          responses:
            # 最初の意見
            - opinion: "{Repeated}"
              response: 様式は引き続き使えます。

        """;

    private static string Answered(string drafted)
    {
        var today = TokyoTime.DateOf(DateTimeOffset.UtcNow);
        string Day(int offset) => JapaneseDate.Iso(today.AddDays(offset));
        var number = 0;
        var text = System.Text.RegularExpressions.Regex.Replace(drafted, "response: \"\"", _ => $"response: 市の考え方その{++number}");
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^opens: .*$", $"opens: {Day(-31)}");
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^closes: .*$", $"closes: {Day(-2)}");
        return text.Replace("result:\n", $"result:\n  published: {Day(-1)}\n", StringComparison.Ordinal);
    }

    private static void AssertFreeOfPersonalData(string text, string where)
    {
        var folded = FoldedText.Fold(text);
        foreach (var value in Personal)
        {
            Assert.False(folded.Contains(FoldedText.Fold(value), StringComparison.Ordinal), $"{value} found in {where}");
        }
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>A copy of the test site's content, with a comment at the top of the period's file that must survive.</summary>
    private sealed class ContentCopy : IDisposable
    {
        private readonly TemporaryFolder _root = new();

        public ContentCopy(string content)
        {
            FolderCopy.Copy(content, Content);
            File.WriteAllText(PeriodFile, "# 担当: 総務課（この行は残ります）\n" + File.ReadAllText(PeriodFile));
        }

        public string Content => Path.Combine(_root.Path, "content");

        public string PeriodFile => Path.Combine(Content, "comment-periods", Period + ".yml");

        public string Text => File.ReadAllText(PeriodFile);

        public void Dispose() => _root.Dispose();
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("disclosure-draft-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

/// <summary>A server and store of their own, so the counts the tests expect are the submissions made here.</summary>
public abstract class DraftResultFixture(string storeKind) : CommentServerFixture(storeKind)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _submitted;

    /// <summary>Six submissions, as the form posts them: three of one text (typed a little differently), one signed, two with contact details.</summary>
    public async Task SubmitOnceAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_submitted)
            {
                return;
            }
            using var client = Client();
            async Task Post(string opinion, params (string Key, string Value)[] more)
            {
                var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields(opinion, more));
                Assert.True(reply.Status == HttpStatusCode.SeeOther, reply.ToString());
            }
            await Post("紙の申請書の様式も引き続き使えるようにしてください。");
            await Post("紙の申請書の様式も引き続き使えるようにしてください。　", ("name", "佐藤 花子"));
            await Post("紙の申請書の様式も引き続き使えるようにしてください。\n");
            await Post("千葉市在住の山田　太郎です。個人番号の利用範囲を分かりやすく説明してください。"
                + "住所は千葉市中央区千葉港１－１です。連絡はｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ、電話は090-1234-5678にお願いします。",
                ("name", "山田 太郎"), ("email", "yamada@example.jp"), ("address", "千葉市中央区千葉港1-1"), ("section", "Ⅰ 基本情報"));
            await Post("委託先の監督方法について質問があります。info@example.org か （03）1234-5678、または 0312345679 まで。", ("section", "Ⅲ リスク対策"));
            await Post("- 先頭がハイフン: 「引用」 \"二重\" 'single' # シャープ\n次の行: {値} [括弧]\n\n  字下げした行", ("section", "Ⅱ 特定個人情報ファイルの概要"));
            _submitted = true;
        }
        finally
        {
            _once.Release();
        }
    }
}

public sealed class DraftResultSqliteFixture() : DraftResultFixture(CommentStores.Sqlite);

public sealed class DraftResultPostgresFixture() : DraftResultFixture(CommentStores.Postgres);

[CollectionDefinition(Name)]
public sealed class DraftResultSqliteCollection : ICollectionFixture<DraftResultSqliteFixture>
{
    public const string Name = "draft-result on SQLite";
}

[CollectionDefinition(Name)]
public sealed class DraftResultPostgresCollection : ICollectionFixture<DraftResultPostgresFixture>
{
    public const string Name = "draft-result on PostgreSQL";
}

[Collection(DraftResultSqliteCollection.Name)]
public sealed class DraftResultTestsOnSqlite(DraftResultSqliteFixture server) : DraftResultTests(server);

[Collection(DraftResultPostgresCollection.Name)]
[RequiresPostgres]
public sealed class DraftResultTestsOnPostgres(DraftResultPostgresFixture server) : DraftResultTests(server);
