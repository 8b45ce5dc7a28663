using System.Text.Json;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary><c>disclosure check --report</c> on a copy of the example content, pinned to 2026-11-30.</summary>
public sealed class CheckReportTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    private Task<(int, string, string)> Check(params string[] more) =>
        CliRunner.RunAsync(["check", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--now", "2026-11-30", "--report", .. more]);

    [Fact]
    public async Task The_text_report_lists_every_assessment_due_first_with_every_row()
    {
        var (exit, stdout, stderr) = await Check();

        Assert.True(exit == 0, stderr);
        Assert.Contains("問題はありません（警告 5 件）", stderr);
        var blocks = stdout.Split("\n\n").Skip(1).ToList();
        Assert.Equal(11, blocks.Count);
        Assert.StartsWith(Path.Combine(_copy.Content, "assessments", "kouki-koureisha-iryou-kiso.md").Replace('\\', '/'), blocks[0].Replace('\\', '/'));
        foreach (var label in new[] { "しきい値判断：", "必要な種類：", "事務にある種類：", "意見募集：", "第三者点検：", "再評価の目安：", "直近の見直し：", "事務の終了：" })
        {
            Assert.All(blocks, b => Assert.Contains(label, b));
        }
        var jumin = blocks.Single(b => b.Contains("juminkihon-daichou.md", StringComparison.Ordinal) && !b.Contains("kiso", StringComparison.Ordinal));
        Assert.Contains("再評価の目安：2021-01-15（過ぎています）", jumin);
        Assert.Contains("直近の見直し：2025-07-31（次の見直しの時期 2026-07-31、過ぎています）", jumin);
        Assert.Contains("意見募集：21日（2026-09-01〜2026-09-21）、短縮の理由あり", blocks.Single(b => b.Contains("kenkou-kanri-2026.md", StringComparison.Ordinal)));
        Assert.Contains("事務の終了：2026-09-30（2029-09-30 まで公表）", blocks.Single(b => b.Contains("kobetsu-yobou-sesshu.md", StringComparison.Ordinal)));
        Assert.Contains("第三者点検：済み（第4回保護評価部会（第三者点検）、2015-08-06）", blocks.Single(b => b.Contains("kouki-koureisha-iryou/index.md", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_json_report_carries_each_assessment_and_the_problems()
    {
        var (exit, stdout, stderr) = await Check("--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("2026-11-30", json.RootElement.GetProperty("today").GetString());
        var assessments = json.RootElement.GetProperty("assessments").EnumerateArray().ToList();
        Assert.Equal(11, assessments.Count);
        var jumin = assessments.Single(a => a.GetProperty("id").GetString() == "juminkihon-daichou");
        Assert.Equal(["basic", "focused"], jumin.GetProperty("threshold").GetProperty("required").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("2021-01-15", jumin.GetProperty("reevaluationDue").GetString());
        Assert.True(jumin.GetProperty("reevaluationPassed").GetBoolean());
        Assert.True(jumin.GetProperty("reviewPassed").GetBoolean());
        var kokuho = assessments.Single(a => a.GetProperty("id").GetString() == "kokumin-kenkou-hoken-2026");
        Assert.Equal("not_done", kokuho.GetProperty("thirdPartyReview").GetProperty("state").GetString());
        Assert.Equal(151, kokuho.GetProperty("commentPeriod").GetProperty("days").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task A_site_with_errors_is_still_listed_and_exits_1()
    {
        var period = Path.Combine(_copy.Content, "comment-periods", "kenkou-kanri-2026-iken.yml");
        var lines = (await File.ReadAllLinesAsync(period)).Where(l => !l.StartsWith("short_period_reason:", StringComparison.Ordinal)).ToList();
        await File.WriteAllLinesAsync(period, lines);

        var (exit, stdout, stderr) = await Check();

        Assert.Equal(1, exit);
        Assert.Contains("kenkou-kanri-2026-iken.yml:4: 意見募集の期間が21日", stderr);
        Assert.Contains("意見募集：21日（2026-09-01〜2026-09-21）、30日未満で理由なし", stdout);
    }

    public void Dispose() => _copy.Dispose();
}
