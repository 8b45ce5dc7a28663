using System.Text.Json;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    [Fact]
    public async Task Clean_content_exits_0_and_writes_nothing()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("check", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--now", "2026-11-30");

        Assert.True(exit == 0, stderr);
        Assert.Contains("問題はありません", stderr);
        Assert.Equal([_copy.Content], Directory.GetDirectories(_copy.Root));
    }

    [Fact]
    public async Task Problems_exit_1_and_json_records_carry_path_line_column_severity_and_message()
    {
        var assessment = Path.Combine(_copy.Content, "assessments", "juminkihon-daichou.md");
        var lines = (await File.ReadAllLinesAsync(assessment)).ToList();
        var kindLine = lines.FindIndex(l => l.StartsWith("kind:", StringComparison.Ordinal));
        lines[kindLine] = "kind: fulll";
        await File.WriteAllLinesAsync(assessment, lines);
        await File.WriteAllTextAsync(Path.Combine(_copy.Content, "news", "broken.md"), "---\ntitle: [閉じていない\ndate: 2026-11-01\n---\n本文\n");
        await File.WriteAllTextAsync(Path.Combine(_copy.Content, "news", "typo.md"), "---\ntitle: 綴りの誤り\ndate: 2026-11-01\ntitel: x\n---\n本文\n");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("check", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--now", "2026-11-30", "--format", "json");

        Assert.True(exit == 1, stderr);
        using var json = JsonDocument.Parse(stdout);
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.All(records, r =>
        {
            foreach (var field in new[] { "path", "line", "column", "severity", "message" })
            {
                Assert.True(r.TryGetProperty(field, out _), $"record lacks {field}: {r}");
            }
        });
        var kind = Assert.Single(records, r => r.GetProperty("message").GetString()!.Contains("fulll"));
        Assert.EndsWith("assessments/juminkihon-daichou.md", kind.GetProperty("path").GetString());
        Assert.Equal(kindLine + 1, kind.GetProperty("line").GetInt32());
        Assert.Equal("error", kind.GetProperty("severity").GetString());
        var yaml = Assert.Single(records, r => r.GetProperty("path").GetString()!.EndsWith("news/broken.md", StringComparison.Ordinal));
        Assert.True(yaml.GetProperty("column").GetInt32() >= 1);
        var typo = Assert.Single(records, r => r.GetProperty("path").GetString()!.EndsWith("news/typo.md", StringComparison.Ordinal));
        Assert.Equal("warning", typo.GetProperty("severity").GetString());
        Assert.Equal(4, typo.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_leaking_redaction_is_caught_by_check_as_by_build()
    {
        var news = Path.Combine(_copy.Content, "news", "2015-09-30-kouki-kouhyou.md");
        var text = await File.ReadAllTextAsync(news);
        await File.WriteAllTextAsync(news, text + "\n再委託先は株式会社みなとデータサービスです。\n");

        var (exit, _, stderr) = await CliRunner.RunAsync("check", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--now", "2026-11-30");

        Assert.Equal(1, exit);
        Assert.Contains("非公開部分の文言", stderr);
        Assert.DoesNotContain("みなとデータサービス", stderr);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_with_exit_2()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("check", "--content", _copy.Content, "--colour");

        Assert.Equal(2, exit);
        Assert.Contains("--colour", stderr);
    }

    public void Dispose() => _copy.Dispose();
}
