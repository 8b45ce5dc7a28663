using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

/// <summary>Files whose content did not change keep their identity and time, so deploys copy only what changed.</summary>
public sealed class UnchangedFilesTests
{
    [Fact]
    public async Task A_second_build_carries_unchanged_files_over_and_rewrites_only_what_changed()
    {
        using var site = TempSite.With(
            ("news/a.md", "---\ntitle: お知らせA\ndate: 2026-11-01\n---\n本文A。\n"),
            ("news/b.md", "---\ntitle: お知らせB\ndate: 2026-11-02\n---\n本文B。\n"));
        var first = await site.BuildSuccessfullyAsync();
        Assert.Equal(0, first.FilesUnchanged);
        var untouched = site.OutputPath("news/a/index.html");
        var edited = site.OutputPath("news/b/index.html");
        var untouchedTime = File.GetLastWriteTimeUtc(untouched);
        await Task.Delay(50);

        var second = await site.BuildSuccessfullyAsync();
        Assert.Equal(second.FilesWritten, second.FilesUnchanged);
        Assert.Equal(untouchedTime, File.GetLastWriteTimeUtc(untouched));

        site.Write("news/b.md", "---\ntitle: お知らせB\ndate: 2026-11-02\n---\n本文を直しました。\n");
        var third = await site.BuildSuccessfullyAsync();
        Assert.Equal(untouchedTime, File.GetLastWriteTimeUtc(untouched));
        Assert.True(File.GetLastWriteTimeUtc(edited) > untouchedTime);
        Assert.Contains("本文を直しました", File.ReadAllText(edited));
        Assert.InRange(third.FilesUnchanged, third.FilesWritten - 10, third.FilesWritten - 1);
    }
}
