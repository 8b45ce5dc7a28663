namespace Disclosure.Tests.Support;

/// <summary>Valid content documents to build around the one a test is about.</summary>
public static class SampleContent
{
    public const string BasePath = "/hogo/";
    public const string CommentEndpoint = "http://127.0.0.1:5080";

    public static string SiteYml(bool? allowHtml = null, string title = "テスト市 特定個人情報保護評価") =>
        $"""
        title: {title}
        organization: テスト市
        base_url: https://city.example/hogo/
        language: ja
        comment_endpoint: {CommentEndpoint}
        contact:
          department: 総務課
          phone: "03-0000-0000"
          email: hogo@city.example
          address: テスト市中央1-1
        {(allowHtml is { } allow ? $"allow_html: {(allow ? "true" : "false")}" : "")}
        """;

    /// <summary>
    /// A valid assessment. Line 1 is <c>---</c>, then title (2), kind (3), department (4), system (5), affairs (6),
    /// status (7), date (8), then <paramref name="extraFields"/> one per line from line 9, then the closing fence
    /// and the body.
    /// </summary>
    public static string Assessment(string body = "", string status = "published", string title = "テスト事務 全項目評価書", params string[] extraFields) =>
        "---\n"
        + $"title: {title}\n"
        + "kind: full\n"
        + "department: 健康保険課\n"
        + "system: テストシステム\n"
        + "affairs: テストに関する事務\n"
        + $"status: {status}\n"
        + "date: 2026-10-01\n"
        + string.Concat(extraFields.Select(f => f + "\n"))
        + "---\n"
        + body;

    public static string Schedule(string assessmentId, string title = "テストのスケジュール") =>
        $"""
        title: {title}
        assessment: {assessmentId}
        steps:
          - title: 評価書（案）の作成
            date: 2026-09-01
        """;

    public static string CommentPeriodYml(string assessmentId, string opens = "2026-11-01", string closes = "2027-03-31", string title = "テストへの意見募集") =>
        $"""
        title: {title}
        assessment: {assessmentId}
        opens: {opens}
        closes: {closes}
        how_to_submit: |
          郵送で提出してください。
        """;

    public static string Meeting(string body = "", string title = "第1回 テスト部会", string date = "2026-10-28") =>
        $"---\ntitle: {title}\ndate: {date}\nplace: 市役所 会議室\n---\n{body}";

    public static string News(string body = "", string title = "テストのお知らせ", string date = "2026-11-01") =>
        $"---\ntitle: {title}\ndate: {date}\n---\n{body}";

    /// <summary>A free page; its body starts on line 4.</summary>
    public static string Page(string body = "", string title = "テストのページ") =>
        $"---\ntitle: {title}\n---\n{body}";
}
