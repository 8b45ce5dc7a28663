using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>A site where each of several files has one problem in its fields; see <see cref="FieldProblemTests"/>.</summary>
public sealed class FieldProblemsSite : FailedSiteFixture
{
    public const int PlantedProblems = 10;

    protected override (string Path, string Text)[] Files =>
    [
        ("assessments/base.md", SampleContent.Assessment()),
        ("assessments/bad-yaml.md", "---\ntitle: YAML の誤り\nkind: full: x\n---\n"),
        ("news/no-title.md", "---\ndate: 2026-11-01\n---\n本文\n"),
        ("assessments/no-kind.md", "---\ntitle: 種類のない評価書\ndepartment: 課\nsystem: システム\naffairs: 事務\nstatus: published\ndate: 2026-10-01\n---\n"),
        ("assessments/unknown-kind.md", SampleContent.Assessment().Replace("kind: full", "kind: medium")),
        ("assessments/unknown-status.md", SampleContent.Assessment(status: "finished")),
        ("comment-periods/closes-early.yml", SampleContent.CommentPeriodYml("base", opens: "2026-11-10", closes: "2026-11-01")),
        ("meetings/no-such-day.md", SampleContent.Meeting(date: "2015-02-30")),
        ("meetings/bad-format.md", SampleContent.Meeting(date: "2015-8-6")),
        ("assessments/missing-attachment/index.md",
            SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", "    file: nope.pdf"])),
    ];

    /// <summary>「あ」in Shift_JIS (0x82 0xA0), which is not valid UTF-8.</summary>
    protected override (string Path, byte[] Bytes)[] BinaryFiles =>
    [
        ("news/shift-jis.md", [.. "---\ntitle: "u8, 0x82, 0xA0, .. "\ndate: 2026-11-01\n---\n"u8]),
    ];
}
