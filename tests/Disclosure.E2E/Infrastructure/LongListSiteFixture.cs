using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>The example content with 150 more assessments, all tagged <see cref="Tag"/>: lists that run over several pages.</summary>
public sealed class LongListSiteFixture : BuiltSiteFixture
{
    public const string Tag = "追加";

    protected override IEnumerable<string> BuildArguments => ["--no-search"];

    protected override async Task<string> ContentDirectoryAsync()
    {
        var content = Path.Combine(WorkFolder, "content");
        FolderCopy.Copy(RepositoryPaths.Content, content);
        for (var i = 1; i <= 150; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(content, "assessments", $"tsuika-{i:000}.md"), $"""
                ---
                title: 追加の事務{i:000} 基礎項目評価書
                kind: basic
                department: {(i % 2 == 0 ? "市民課" : "福祉課")}
                system: 追加システム
                affairs: 追加の事務{i:000}
                status: published
                date: 2026-{1 + i % 11:00}-15
                tags:
                  - {Tag}
                ---

                追加の事務{i:000}の評価書です。
                """);
        }
        return content;
    }
}
