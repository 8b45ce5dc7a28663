using Disclosure.Pipeline;
using Disclosure.Time;

namespace Disclosure.Testing;

/// <summary>
/// A small site written to a temporary folder and built, whose comment periods are dated relative to today,
/// so tests of the comment server never depend on the calendar: one open, one not yet open, one closed,
/// one open with a short limit and every personal field required.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string OpenPeriod = "open-period";
    public const string StrictPeriod = "strict-period";
    public const string UpcomingPeriod = "upcoming-period";
    public const string ClosedPeriod = "closed-period";
    public const int StrictMaxLength = 100;

    private TestSite(string root, string siteUrl)
    {
        Root = root;
        SiteUrl = siteUrl;
    }

    public string Root { get; }
    public string SiteUrl { get; }
    public string ContentDirectory => Path.Combine(Root, "content");
    public string OutputDirectory => Path.Combine(Root, "output");

    /// <param name="siteUrl">The site's base_url, e.g. <c>http://127.0.0.1:1234/hogo/</c>.</param>
    /// <param name="commentEndpoint">Where the forms post, e.g. the test's comment server.</param>
    /// <param name="language">The interface language (<c>ja</c> or <c>en</c>); the content stays Japanese.</param>
    public static async Task<TestSite> CreateAsync(string siteUrl, string commentEndpoint, string language = "ja")
    {
        var site = new TestSite(Path.Combine(Path.GetTempPath(), "disclosure-site-" + Guid.NewGuid().ToString("N")), siteUrl);
        var today = TokyoTime.DateOf(DateTimeOffset.UtcNow);
        string Day(int offset) => JapaneseDate.Iso(today.AddDays(offset));

        site.Write("site.yml", $"""
            title: テスト市 特定個人情報保護評価
            organization: テスト市
            base_url: {siteUrl}
            language: {language}
            comment_endpoint: {commentEndpoint}
            contact:
              department: 総務課
              phone: 000-000-0000
              email: test@example.jp
              address: テスト市1-1
            """);
        site.Write("assessments/test-assessment.md", """
            ---
            title: テスト事務 全項目評価書（案）
            kind: full
            department: 健康保険課
            system: テストシステム
            affairs: テスト事務
            status: consultation
            date: 2026-10-01
            ---
            ## Ⅰ 基本情報

            概要です。

            ## Ⅱ 特定個人情報ファイルの概要

            ファイルの説明です。

            ## Ⅲ リスク対策

            対策の説明です。
            """);
        site.WritePeriod(OpenPeriod, Day(-1), Day(30), "");
        site.WritePeriod(StrictPeriod, Day(-1), Day(30), $"max_length: {StrictMaxLength}\nrequired_fields: [name, email, address]\n");
        site.WritePeriod(UpcomingPeriod, Day(3), Day(40), "");
        site.WritePeriod(ClosedPeriod, Day(-40), Day(-2), "");
        site.Write("pages/privacy.md", """
            ---
            title: 意見提出フォームの個人情報の取扱い
            ---
            氏名などは確認のためだけに使います。
            """);

        await site.BuildAsync();
        return site;
    }

    public void WritePeriod(string id, string opens, string closes, string extra) => Write($"comment-periods/{id}.yml", $"""
        title: 意見募集 {id}
        assessment: test-assessment
        opens: {opens}
        closes: {closes}
        how_to_submit: |
          このページのフォーム、または郵送で提出してください。
        {extra}
        """);

    public async Task BuildAsync()
    {
        var result = await new SiteBuilder(new BuildOptions
        {
            ContentDirectory = ContentDirectory,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = OutputDirectory,
        }).BuildAsync();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The test site did not build:\n" + string.Join('\n', result.Diagnostics));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
