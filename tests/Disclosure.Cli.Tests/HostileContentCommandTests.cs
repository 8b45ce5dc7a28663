using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The real <c>disclosure build</c>, given content written to hurt: it exits 1, names each file and line in plain
/// words, prints no stack trace, and writes nothing — no environment, no script link, no half-built site.
/// </summary>
public sealed class HostileContentCommandTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    [Fact]
    public async Task Hostile_content_exits_1_with_every_problem_at_its_line_and_no_stack_trace()
    {
        var assessment = Path.Combine(_copy.Content, "assessments", "kouki-koureisha-iryou");
        var index = Path.Combine(assessment, "index.md");
        var text = await File.ReadAllTextAsync(index);
        await File.WriteAllTextAsync(index, text.Replace("    file: revision-notes.txt", "    file: env.txt"));
        File.CreateSymbolicLink(Path.Combine(assessment, "env.txt"), "/proc/self/environ");
        await File.WriteAllTextAsync(Path.Combine(_copy.Content, "news", "nul.md"), "---\ntitle: \"お知\\0らせ\"\ndate: 2026-11-01\n---\n本文\n");
        await File.WriteAllTextAsync(Path.Combine(_copy.Content, "news", "deep.md"), "---\ntitle: 深い\ndate: 2026-11-01\n---\n" + new string('>', 300) + " 引用\n");
        await File.WriteAllTextAsync(Path.Combine(_copy.Content, "news", "script.md"), "---\ntitle: リンク\ndate: 2026-11-01\n---\n[a](JaVaScRiPt:alert(document.cookie))\n");
        await File.WriteAllTextAsync(Path.Combine(_copy.Content, "news", "far.md"), "---\ntitle: 遠い日付\ndate: 9999-12-31\n---\n本文\n");
        await File.WriteAllTextAsync(Path.Combine(_copy.Content, "news", "Script.md"), "---\ntitle: 大文字違い\ndate: 2026-11-01\n---\n本文\n");
        var secret = Environment.GetEnvironmentVariable("PATH")!;

        var (exit, stdout, stderr) = await CliRunner.RunAsync(
            "build", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--output", _copy.Output, "--now", "2026-11-30", "--no-search");

        Assert.True(exit == 1, stdout + stderr);
        var attachmentList = $"{_copy.Content}/assessments/kouki-koureisha-iryou/index.md:";
        foreach (var expected in new[] { attachmentList, "news/nul.md:2:", "news/deep.md:5:", "news/script.md:5:", "news/far.md:3:", "news/Script.md:1:", "news/script.md:1:" })
        {
            Assert.Contains(expected, stderr);
        }
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain(secret, stdout + stderr);
        Assert.False(Directory.Exists(_copy.Output), "a failed build must not create the output folder");
    }

    [Fact]
    public async Task A_content_folder_that_does_not_exist_is_one_plain_sentence()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("build", "--content", Path.Combine(_copy.Root, "nowhere"), "--output", _copy.Output, "--no-search");

        Assert.Equal(1, exit);
        Assert.Contains("コンテンツのフォルダが見つかりません", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    public void Dispose() => _copy.Dispose();
}
