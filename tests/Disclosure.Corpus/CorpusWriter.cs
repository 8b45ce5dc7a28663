using System.Globalization;
using System.Text;

namespace Disclosure.Corpus;

/// <summary>
/// A believable site of <c>count</c> assessments: each 4–8 KB of Japanese Markdown with six <c>##</c> sections and
/// <c>###</c> subsections, a list, a five-row table, three links to other assessments and two or three tags; one
/// comment period per ten assessments. The same seed always writes the same files.
/// </summary>
public sealed class CorpusWriter(int count, int seed)
{
    private static readonly string[] Affairs = ["住民基本台帳", "国民健康保険", "後期高齢者医療", "介護保険", "児童手当", "予防接種", "生活保護", "地方税", "障害福祉", "健康管理", "国民年金", "児童扶養手当"];
    private static readonly string[] Departments = ["市民課", "健康保険課", "介護保険課", "こども支援課", "健康づくり課", "保護課", "税務課", "障害福祉課"];
    private static readonly string[] Tags = ["全項目評価", "重点項目評価", "基礎項目評価", "福祉", "税", "健康", "こども", "中間サーバー", "委託", "標準準拠システム"];
    private static readonly string[] Sections = ["Ⅰ 基本情報", "Ⅱ 特定個人情報ファイルの概要", "Ⅲ リスク対策", "Ⅳ その他のリスク対策", "Ⅴ 開示請求、問合せ", "Ⅵ 評価実施手続"];
    private static readonly string[] Sentences =
    [
        "特定個人情報ファイルは、事務の遂行に必要な範囲に限って保有し、目的外の利用は行わない。",
        "システムへのアクセスは職員ごとに発行した利用者IDで管理し、アクセスログを定期的に確認している。",
        "委託先とは秘密保持を含む契約を結び、再委託は書面による事前の承認がある場合に限っている。",
        "情報提供ネットワークシステムとの接続は中間サーバーを経由し、通信は暗号化している。",
        "端末を離れる際はログアウトすることを徹底し、画面ロックを設定している。",
        "保管期間を過ぎた特定個人情報は、復元できない方法で消去し、その記録を残している。",
        "職員には年に一度、個人情報保護と情報セキュリティの研修を行っている。",
        "本人からの開示請求には、条例の定めに従い、速やかに対応する。",
        "評価書の内容は、変更があった場合に見直し、必要に応じて再評価を行う。",
        "窓口での本人確認は、個人番号カードなどにより確実に行っている。",
    ];

    public void Write(string folder)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.Combine(folder, "assessments"));
        Directory.CreateDirectory(Path.Combine(folder, "comment-periods"));
        File.WriteAllText(Path.Combine(folder, "site.yml"), """
            title: コーパス市 特定個人情報保護評価
            organization: コーパス市
            base_url: https://corpus.example/hogo/
            language: ja
            comment_endpoint: http://127.0.0.1:5080
            contact:
              department: 総務課
              phone: 000-000-0000
              email: hogo@corpus.example
              address: コーパス市1-1
            """);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, "assessments", $"a{i:D5}.md"), Assessment(i, random));
            if (i % 10 == 0)
            {
                File.WriteAllText(Path.Combine(folder, "comment-periods", $"p{i:D5}.yml"), Period(i, random));
            }
        }
    }

    private string Assessment(int i, Random random)
    {
        var affairs = Affairs[i % Affairs.Length];
        // Each affair first gets its 基礎項目評価書, then a 重点項目 and a 全項目 one, with numbers of people and handlers
        // that call for what the affair has, dated within five years and reviewed within the year before 2026-11-30:
        // a corpus that meets the guideline's rules, so a build of it warns of nothing.
        var (kind, people, handlers) = (i / Affairs.Length % 3) switch
        {
            0 => ("basic", 1000 + random.Next(9000), 10 + random.Next(490)),
            1 => ("focused", 10000 + random.Next(90000), 10 + random.Next(490)),
            _ => ("full", 100000 + random.Next(200000), 500 + random.Next(1500)),
        };
        var tags = Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct();
        var date = new DateOnly(2022, 1, 1).AddDays(random.Next(1400));
        var reviewed = new DateOnly(2026, 1, 1).AddDays(random.Next(330));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            title: {affairs}に関する事務 評価書 第{i}号
            kind: {kind}
            department: {Departments[i % Departments.Length]}
            system: {affairs}システム{i % 7}
            affairs: {affairs}に関する事務
            target_count: {people}
            handlers_count: {handlers}
            serious_incident: false
            status: published
            date: {date:yyyy-MM-dd}
            reviewed: {reviewed:yyyy-MM-dd}
            tags: [{string.Join(", ", tags)}]
            {(i % 10 == 0 ? $"comment_period: p{i:D5}\n" : "")}---

            """);
        foreach (var (section, number) in Sections.Select((s, n) => (s, n)))
        {
            text.Append(CultureInfo.InvariantCulture, $"## {section}\n\n{Paragraph(random, 2)}\n\n");
            for (var sub = 1; sub <= 2; sub++)
            {
                text.Append(CultureInfo.InvariantCulture, $"### {number + 1}-{sub} 対策の内容\n\n{Paragraph(random, 2 + random.Next(3))}\n\n");
            }
            if (number == 1)
            {
                text.Append("- 入手の方法：本人または代理人からの届出\n- 使用の範囲：事務の遂行に必要な範囲\n- 保管の場所：庁内のサーバー室\n\n");
                text.Append("| 項目 | 内容 |\n| --- | --- |\n");
                for (var row = 1; row <= 5; row++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| 記録項目{row} | {Sentences[random.Next(Sentences.Length)]} |\n");
                }
                text.Append('\n');
            }
            if (number == 5)
            {
                var links = Enumerable.Range(0, 3).Select(_ => random.Next(count)).Where(n => n != i).Distinct();
                text.Append("関連する評価書：");
                text.Append(string.Join("、", links.Select(n => $"[第{n}号](/assessments/a{n:D5}/)")));
                text.Append("\n\n");
            }
        }
        return text.ToString();
    }

    private static string Period(int i, Random random)
    {
        var opens = new DateOnly(2016, 1, 1).AddDays(random.Next(3650));
        return $"""
            title: 評価書 第{i}号への意見募集
            assessment: a{i:D5}
            opens: {opens:yyyy-MM-dd}
            closes: {opens.AddDays(30):yyyy-MM-dd}
            how_to_submit: |
              郵送または電子メールで提出してください。
            """;
    }

    private static string Paragraph(Random random, int sentences) =>
        string.Concat(Enumerable.Range(0, sentences).Select(_ => Sentences[random.Next(Sentences.Length)]));
}
