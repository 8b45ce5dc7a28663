using Disclosure.Content;
using Disclosure.Time;

namespace Disclosure.Scaffolding;

/// <summary>
/// A new document with every field present and explained in a comment, valid as it stands so the site still
/// builds the moment it is written. New assessments start as drafts, so nothing half-written is published.
/// </summary>
public sealed record Skeleton(string RelativePath, string Text)
{
    public static readonly string[] Kinds = ["assessment", "period", "schedule", "meeting", "news", "page"];

    /// <param name="assessmentId">The assessment a schedule or comment period belongs to.</param>
    public static Skeleton For(string kind, string id, DateOnly today, string? assessmentId) => kind switch
    {
        "assessment" => new($"assessments/{id}.md", Assessment(today)),
        "period" => new($"comment-periods/{id}.yml", Period(today, assessmentId!)),
        "schedule" => new($"schedules/{id}.yml", Schedule(today, assessmentId!)),
        "meeting" => new($"meetings/{id}.md", Meeting(today)),
        "news" => new($"news/{id}.md", News(today)),
        "page" => new($"pages/{id}.md", Page()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
    };

    public static bool NeedsAssessment(string kind) => kind is "period" or "schedule";

    private static string Iso(DateOnly date) => JapaneseDate.Iso(date);

    private static string Assessment(DateOnly today) => $"""
        ---
        # 評価書の題名（ページの見出しになります）
        title: ○○に関する事務 全項目評価書（案）
        # 評価書の種類: basic（基礎項目評価書） / focused（重点項目評価書） / full（全項目評価書）
        kind: full
        # 評価を実施する機関（省略するとサイトの organization）
        organization:
        # 担当の部署
        department: ○○課
        # 特定個人情報ファイルを扱うシステムの名称
        system: ○○システム
        # 事務の名称
        affairs: ○○に関する事務
        # しきい値判断（特定個人情報保護評価指針 第5の2）に使う数。書くと、必要な評価書の種類をページに示し、
        # 同じ organization と affairs の評価書がそろっているかを点検します（1,000人未満なら評価は任意）
        # 対象人数（任意、数字だけ）
        target_count:
        # 取扱者数（任意、数字だけ）。職員と委託先の従業者のうちファイルを取り扱う人の数。対象人数1万人以上30万人未満で使います
        handlers_count:
        # 過去1年以内の重大事故（任意）: true（あり） / false（なし）。書かなければ「なし」として判断します
        serious_incident:
        # 状況: draft（下書き・公開しない） / consultation（意見聴取中） / review（第三者点検中） / published（公表済み） / withdrawn（取下げ）
        status: draft
        # 評価書の日付（YYYY-MM-DD）
        date: {Iso(today)}
        # 更新した日（任意）
        updated:
        # 直近の見直しの日（任意）。一年ごとに評価書を見直したら、その日を書きます。公表済みの評価書は、
        # この日（なければ date）から1年を過ぎると警告が出ます。date から5年の再評価の目安を過ぎても警告が出ます
        reviewed:
        # 事務を終了した日（任意）。書くと題名の後に【○年○月○日 終了】と表示します。
        # 終了から3年間は公表を続けるため、expires_at はこの日の3年後以降にしてください
        ended:
        # 版（任意、例: 第1.0版）
        version:
        # タグ（任意、例: [国民健康保険, 全項目評価]）
        tags: []
        # スケジュールの ID（任意、content/schedules/ のファイル名）
        schedule:
        # 意見募集の ID（任意、content/comment-periods/ のファイル名）
        comment_period:
        # 添付ファイル（任意）。使うときは assessments/<ID>/index.md の形にして、同じフォルダにファイルを置く
        # attachments:
        #   - title: 評価書（PDF）
        #     file: hyoukasho.pdf
        # 変更箇所（任意、様式の別添3）。評価書の記載を変えたら、変更ごとに下へ書き足す。date は変更日、
        # item は項目、before は変更前の記載（新しく加えた項目では省略）、after は変更後の記載、
        # timing は提出時期（事前 か 事後）、reason は提出時期に係る説明（事後のときは必ず書く）
        # changes:
        #   - date: {Iso(today)}
        #     item: ○○
        #     before: ○○
        #     after: ○○
        #     timing: 事前
        #     reason: ○○
        # 公開する日（任意）。この日から公開されます
        publish_at:
        # 掲載を終える日（任意）。この日から一覧に出なくなり、ページには掲載終了の注記が付きます
        expires_at:
        # true にすると公開しません（ページも作られません）
        private: false
        # この下の --- の後が本文（Markdown）です。見出しは ## からでも ### からでもかまいません（いちばん大きい見出しが目次になります）。
        # 非公開にする段落は「::: redact 理由」と「:::」の行で囲みます。
        ---
        ## Ⅰ 基本情報

        ## Ⅱ 特定個人情報ファイルの概要

        ## Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策

        ## Ⅳ その他のリスク対策

        ## Ⅴ 開示請求、問合せ

        ## Ⅵ 評価実施手続

        """;

    private static string Period(DateOnly today, string assessmentId) => $"""
        # 意見募集の題名
        title: ○○に関する事務 全項目評価書（案）への意見募集
        # 対象の評価書の ID
        assessment: {assessmentId}
        # 募集期間（開始日の0時から締切日の23時59分まで、日本時間）
        opens: {Iso(today.AddDays(14))}
        closes: {Iso(today.AddDays(44))}
        # 募集ページを出す日（任意、省略すると開始日の14日前）
        announce:
        # 募集期間を30日未満にする特段の理由（期間が30日未満のときは必須、募集ページに表示）。指針 第5の3：原則として30日以上
        short_period_reason:
        # 提出方法（Markdown）
        how_to_submit: |
          このページの意見提出フォーム、郵送、ファクス、電子メールで提出できます。
        # 意見の最大文字数（任意、省略すると4000）
        max_length: 4000
        # 必ず書いてもらう項目（任意）: name（氏名） / email（メールアドレス） / address（住所）
        required_fields: []
        # 募集の結果（締切後に書く）
        # result:
        #   published: YYYY-MM-DD
        #   count: 0
        #   summary: |
        #     提出された意見の概要
        #   responses:
        #     - opinion: 意見の要旨
        #       response: 市の考え方

        """;

    private static string Schedule(DateOnly today, string assessmentId) => $"""
        # スケジュールの題名
        title: ○○に関する事務 全項目評価のスケジュール
        # 対象の評価書の ID
        assessment: {assessmentId}
        # 手順。1日だけなら date、期間なら start と end。note（補足）と link（会議・意見募集・ページの ID）は任意。
        # 第三者点検の手順には type: third_party_review を付けます（全項目評価書は、これが済んでから公表します）
        steps:
          - title: 評価書（案）の作成
            date: {Iso(today)}
            note:
          - title: 市民意見聴取
            start: {Iso(today.AddDays(14))}
            end: {Iso(today.AddDays(44))}
            link:
          - title: 第三者点検
            date: {Iso(today.AddDays(60))}
            type: third_party_review
          - title: 評価書の公表
            date: {Iso(today.AddDays(90))}

        """;

    private static string Meeting(DateOnly today) => $$$"""
        ---
        # 会議の名称
        title: 第○回 特定個人情報保護評価部会
        # 開催日
        date: {{{Iso(today)}}}
        # 場所
        place: ○○会議室
        # 出席者（一行に一人）
        attendees:
          - 部会長
        # 議題
        agenda:
          - 全項目評価書の第三者点検について
        # 公開する日（任意）。会議録の確定後に公開する場合などに使います
        publish_at:
        # この下の --- の後が議事要旨（Markdown）です。非公開とする段落は「::: redact 理由」と「:::」の行で、
        # 文中の語句は {{redact 理由|語句}} のように囲みます。
        ---
        ## 議事要旨

        """;

    private static string News(DateOnly today) => $"""
        ---
        # お知らせの題名
        title: ○○についてお知らせします
        # 掲載日
        date: {Iso(today)}
        # 公開する日（任意）。この日から公開されます
        publish_at:
        # 掲載を終える日（任意）。この日から一覧に出なくなります
        expires_at:
        ---
        お知らせの本文を書きます。

        """;

    private static string Page() => """
        ---
        # ページの題名
        title: ○○について
        ---
        ページの本文を書きます。

        """;
}
