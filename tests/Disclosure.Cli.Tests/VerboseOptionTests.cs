using System.Text.Json;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// A YAML mistake is told in Japanese at its line; the parser's own English words are added only with
/// <c>--verbose</c> — to the line in text output, as <c>detail</c> in JSON records.
/// </summary>
public sealed class VerboseOptionTests : IDisposable
{
    private const string ParserWords = "While scanning";
    private readonly ContentCopy _copy = new();

    public VerboseOptionTests() =>
        File.WriteAllText(Path.Combine(_copy.Content, "news", "tab.md"), "---\ntitle: 説明会のお知らせ\ndate: 2026-11-01\nplace: 市役所\n\tnote: 字下げにタブ\n---\n本文\n");

    private string[] Check(params string[] extra) =>
        ["check", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--now", "2026-11-30", .. extra];

    [Fact]
    public async Task Check_tells_the_mistake_in_japanese_at_its_line_without_the_parsers_words()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(Check());

        Assert.Equal(1, exit);
        Assert.Contains("news/tab.md:5: YAML の書き方に誤りがあります。字下げにタブが使われています。", stderr);
        Assert.DoesNotContain(ParserWords, stderr);
        Assert.Contains("エラー 1 件", stderr);
    }

    [Fact]
    public async Task Check_with_verbose_adds_the_parsers_words_to_the_line()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(Check("--verbose"));

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains("news/tab.md:5:", StringComparison.Ordinal));
        Assert.Contains("字下げは半角スペースで書いてください。（詳細: " + ParserWords, line);
    }

    [Fact]
    public async Task Json_records_carry_the_parsers_words_as_detail_only_with_verbose()
    {
        var (_, plain, _) = await CliRunner.RunAsync(Check("--format", "json"));
        var (_, verbose, _) = await CliRunner.RunAsync(Check("--format", "json", "--verbose"));

        JsonElement Record(string json) => JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Single(r => r.GetProperty("path").GetString()!.EndsWith("news/tab.md", StringComparison.Ordinal));
        Assert.False(Record(plain).TryGetProperty("detail", out _));
        Assert.Equal(1, Record(plain).GetProperty("column").GetInt32());
        Assert.StartsWith(ParserWords, Record(verbose).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Build_takes_verbose_too()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(
            "build", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--output", _copy.Output, "--now", "2026-11-30", "--no-search", "--verbose");

        Assert.Equal(1, exit);
        Assert.Contains("news/tab.md:5: YAML の書き方に誤りがあります。字下げにタブが使われています。字下げは半角スペースで書いてください。（詳細: " + ParserWords, stderr);
        Assert.False(Directory.Exists(_copy.Output));
    }

    public void Dispose() => _copy.Dispose();
}
