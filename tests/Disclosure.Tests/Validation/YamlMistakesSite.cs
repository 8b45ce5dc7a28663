using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>
/// A site where each of several files has one of the YAML mistakes clerks make, written as they write them; see
/// <see cref="YamlMistakeTests"/>. Every other file is valid, so every error the build reports is one of these.
/// </summary>
public sealed class YamlMistakesSite : FailedSiteFixture
{
    /// <summary>Each planted file with where its one error must be (line, and column where the mistake is a character) and what the message must say.</summary>
    public static readonly IReadOnlyList<(string File, int Line, int? Column, string Hint)> Planted =
    [
        ("assessments/full-width-colon.md", 3, 5, "「kind：」の「：」が全角です"),
        ("assessments/full-width-space.md", 10, 1, "字下げに全角の空白が使われています"),
        ("assessments/tab-indent.md", 5, 1, "字下げにタブが使われています"),
        ("meetings/unclosed-quote.md", 2, 8, "「\"」で始まる値が、この行で閉じられていません"),
        ("meetings/missing-dash.md", 7, 3, "「- 」（半角のハイフンと半角スペース）で始めてください"),
        ("meetings/full-width-space-after-colon.md", 4, 7, "「place:」の後ろの空白が全角です"),
        ("comment-periods/wrong-indent.yml", 4, 2, "字下げ（行頭の半角スペースの数）がそろっていません"),
        ("schedules/full-width-colon-in-step.yml", 4, 10, "「title：」の「：」が全角です"),
        ("news/at-sign.md", 2, 8, "「title」の値が「@」で始まっています"),
        ("news/asterisk.md", 2, 8, "「title」の値が「*」で始まっています"),
        ("news/ampersand.md", 2, 8, "「title」の値が「&」で始まっています"),
        ("news/exclamation.md", 2, 8, "「title」の値が「!」で始まっています"),
        ("news/colon-start.md", 2, 8, "「title」の値が「:」で始まっています"),
        ("news/colon-in-value.md", 2, 11, "値の中に「: 」（コロンと半角スペース）があります"),
        ("meetings/slash-date.md", 3, null, "「date」の日付「2015/6/22」は 2015-06-22 のように"),
        ("meetings/era-date.md", 3, null, "「date」の日付「令和7年4月1日」は 2025-04-01 のように"),
    ];

    protected override (string Path, string Text)[] Files =>
    [
        ("assessments/base.md", SampleContent.Assessment()),
        ("assessments/full-width-colon.md", """
            ---
            title: 住民基本台帳に関する事務 基礎項目評価書
            kind： basic
            department: 市民課
            system: 住民記録システム
            affairs: 住民基本台帳に関する事務
            status: published
            date: 2026-10-01
            ---

            住民基本台帳に関する事務の評価書です。

            """),
        ("assessments/full-width-space.md", """
            ---
            title: 国民年金に関する事務 基礎項目評価書
            kind: basic
            department: 保険年金課
            system: 国民年金システム
            affairs: 国民年金に関する事務
            status: published
            date: 2026-10-01
            tags:
            　- 国民年金
            ---

            国民年金に関する事務の評価書です。

            """),
        ("assessments/tab-indent.md", "---\ntitle: 介護保険に関する事務 全項目評価書\nkind: full\ndepartment: 介護保険課\n\tsystem: 介護保険システム\naffairs: 介護保険に関する事務\nstatus: published\ndate: 2026-10-01\n---\n\n介護保険に関する事務の評価書です。\n"),
        ("meetings/unclosed-quote.md", """
            ---
            title: "令和8年度第1回 特定個人情報保護評価部会
            date: 2026-05-20
            place: 市役所本庁舎 3階 第1会議室
            ---

            ## 議事

            """),
        ("meetings/missing-dash.md", """
            ---
            title: 令和8年度第2回 特定個人情報保護評価部会
            date: 2026-07-15
            place: 市役所本庁舎 3階 第1会議室
            attendees:
              - 部会長 山田 太郎
              委員 鈴木 花子
            ---

            ## 議事

            """),
        ("meetings/full-width-space-after-colon.md", """
            ---
            title: 令和8年度第3回 特定個人情報保護評価部会
            date: 2026-09-16
            place:　市役所本庁舎 3階 第1会議室
            ---

            ## 議事

            """),
        ("comment-periods/wrong-indent.yml", """
            title: テスト事務 全項目評価書への意見募集
            assessment: base
            opens: 2026-11-01
             closes: 2026-11-30
            how_to_submit: |
              郵送で提出してください。

            """),
        ("schedules/full-width-colon-in-step.yml", """
            title: テスト事務 全項目評価のスケジュール
            assessment: base
            steps:
              - title： 庁内での確認
                date: 2026-10-20

            """),
        ("news/at-sign.md", SampleContent.News(title: "@みなと市 公式アカウントを開設しました")),
        ("news/asterisk.md", SampleContent.News(title: "*重要* 評価書の縦覧場所が変わりました")),
        ("news/ampersand.md", SampleContent.News(title: "&市民 向け説明会のお知らせ")),
        ("news/exclamation.md", SampleContent.News(title: "!重要 説明会の日程を変更しました")),
        ("news/colon-start.md", SampleContent.News(title: ": 説明会の資料を掲載しました")),
        ("news/colon-in-value.md", SampleContent.News(title: "説明会: 第1回を開催します")),
        ("meetings/slash-date.md", SampleContent.Meeting(date: "2015/6/22")),
        ("meetings/era-date.md", SampleContent.Meeting(date: "令和7年4月1日")),
    ];
}
