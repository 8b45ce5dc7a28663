using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

public sealed class NewCommandTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    [Fact]
    public async Task Every_kind_of_skeleton_is_written_in_its_folder_and_the_site_still_checks_clean()
    {
        var written = new List<string>();
        foreach (var (kind, extra) in new[] { ("assessment", ""), ("period", "kokumin-kenkou-hoken-2026"), ("schedule", "kokumin-kenkou-hoken-2026"), ("meeting", ""), ("news", ""), ("page", "") })
        {
            string[] arguments = extra.Length == 0
                ? ["new", kind, $"new-{kind}", "--content", _copy.Content]
                : ["new", kind, $"new-{kind}", "--content", _copy.Content, "--assessment", extra];
            var (exit, stdout, stderr) = await CliRunner.RunAsync(arguments);
            Assert.True(exit == 0, stderr);
            Assert.Contains("作りました", stdout);
            written.Add(stdout);
        }

        Assert.True(File.Exists(Path.Combine(_copy.Content, "assessments", "new-assessment.md")));
        Assert.True(File.Exists(Path.Combine(_copy.Content, "comment-periods", "new-period.yml")));
        Assert.True(File.Exists(Path.Combine(_copy.Content, "schedules", "new-schedule.yml")));
        Assert.True(File.Exists(Path.Combine(_copy.Content, "meetings", "new-meeting.md")));
        Assert.True(File.Exists(Path.Combine(_copy.Content, "news", "new-news.md")));
        Assert.True(File.Exists(Path.Combine(_copy.Content, "pages", "new-page.md")));
        foreach (var file in Directory.GetFiles(_copy.Content, "new-*", SearchOption.AllDirectories))
        {
            // Editors and git flag a last line without its newline ("\ No newline at end of file").
            var text = await File.ReadAllTextAsync(file);
            Assert.True(text.EndsWith('\n') && !text.EndsWith("\n\n", StringComparison.Ordinal), $"{file} does not end with one newline");
        }

        var check = await CliRunner.RunAsync("check", "--content", _copy.Content, "--theme", RepositoryPaths.Theme);
        Assert.True(check.ExitCode == 0, check.Stderr);
        // The example content has warnings of its own (assessments past re-evaluation); the skeletons add none.
        Assert.DoesNotContain(check.Stderr.Split('\n'), line => line.Contains("/new-", StringComparison.Ordinal) && line.Contains("警告: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_assessment_skeleton_explains_every_field_and_starts_as_a_draft()
    {
        await CliRunner.RunAsync("new", "assessment", "explained", "--content", _copy.Content);
        var text = await File.ReadAllTextAsync(Path.Combine(_copy.Content, "assessments", "explained.md"));

        foreach (var field in new[] { "title", "kind", "organization", "department", "system", "affairs", "target_count", "handlers_count", "serious_incident", "status", "date", "updated", "reviewed", "ended", "version", "tags", "schedule", "comment_period", "publish_at", "expires_at", "private" })
        {
            var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            Assert.True(line > 0, $"field {field} is missing");
            Assert.StartsWith("#", text.Split('\n')[line - 1]);
        }
        Assert.Contains("status: draft", text);
        Assert.Contains("\n# changes:\n#   - date: ", text);
    }

    [Fact]
    public async Task The_period_and_schedule_skeletons_explain_the_guideline_fields()
    {
        await CliRunner.RunAsync("new", "period", "explained-period", "--content", _copy.Content, "--assessment", "kokumin-kenkou-hoken-2026");
        await CliRunner.RunAsync("new", "schedule", "explained-schedule", "--content", _copy.Content, "--assessment", "kokumin-kenkou-hoken-2026");
        var period = (await File.ReadAllTextAsync(Path.Combine(_copy.Content, "comment-periods", "explained-period.yml"))).Split('\n').ToList();
        var schedule = await File.ReadAllTextAsync(Path.Combine(_copy.Content, "schedules", "explained-schedule.yml"));

        var reason = period.FindIndex(l => l.StartsWith("short_period_reason:", StringComparison.Ordinal));
        Assert.True(reason > 0, "short_period_reason is missing");
        Assert.Contains("30日", period[reason - 1]);
        Assert.Contains("    type: third_party_review\n", schedule);
    }

    [Fact]
    public async Task An_existing_document_is_never_overwritten()
    {
        var path = Path.Combine(_copy.Content, "news", "2015-09-30-kouki-kouhyou.md");
        var before = await File.ReadAllTextAsync(path);

        var (exit, _, stderr) = await CliRunner.RunAsync("new", "news", "2015-09-30-kouki-kouhyou", "--content", _copy.Content);

        Assert.Equal(1, exit);
        Assert.Contains("上書きはしません", stderr);
        Assert.Equal(before, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task The_same_id_in_the_other_form_counts_as_taken()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("new", "assessment", "kouki-koureisha-iryou", "--content", _copy.Content);

        Assert.Equal(1, exit);
        Assert.Contains("index.md", stderr);
        Assert.False(File.Exists(Path.Combine(_copy.Content, "assessments", "kouki-koureisha-iryou.md")));
    }

    [Theory]
    [InlineData("new", "assessment", "日本語のID")]
    [InlineData("new", "memo", "x")]
    [InlineData("new", "period", "p")]
    public async Task Usage_mistakes_exit_with_2_and_write_nothing(params string[] arguments)
    {
        var before = Directory.GetFiles(_copy.Content, "*", SearchOption.AllDirectories).Length;

        var (exit, _, stderr) = await CliRunner.RunAsync([.. arguments, "--content", _copy.Content]);

        Assert.Equal(2, exit);
        Assert.Contains("disclosure --help", stderr);
        Assert.Equal(before, Directory.GetFiles(_copy.Content, "*", SearchOption.AllDirectories).Length);
    }

    public void Dispose() => _copy.Dispose();
}
