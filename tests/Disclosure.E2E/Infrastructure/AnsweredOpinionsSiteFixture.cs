using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// The example content with one closed comment period that received opinions and published its answers, as a city
/// publishes 意見と市の考え方: the only page that shows the table of opinions and answers, which the example content,
/// with no opinions received, never writes.
/// </summary>
public sealed class AnsweredOpinionsSiteFixture : BuiltSiteFixture
{
    public const string PeriodPath = "/comment-periods/kouki-2015-iken/";

    protected override IEnumerable<string> BuildArguments => ["--no-search"];

    protected override async Task<string> ContentDirectoryAsync()
    {
        var content = Path.Combine(WorkFolder, "content");
        FolderCopy.Copy(RepositoryPaths.Content, content);
        await File.WriteAllTextAsync(Path.Combine(content, "comment-periods", "kouki-2015-iken.md"), """
            ---
            title: 後期高齢者医療に関する事務 全項目評価書（案）への意見募集
            assessment: kouki-koureisha-iryou
            opens: 2015-06-22
            closes: 2015-07-21
            how_to_submit: |
              郵送、ファクス、電子メールまたは窓口への持参で提出してください。
            result:
              published: 2015-08-06
              count: 2
              summary: |
                2人の方から2件の意見が寄せられました。意見の概要と市の考え方は次のとおりです。
              responses:
                - opinion: 広域連合の標準システムを県内の市町村が共同で使っていると、一つの市町村の対策が弱いだけで県内の高齢者全員の情報が漏れるのではないか。
                  response: 窓口端末にはファイアウォールを設け、利用者IDを職員一人ひとりに割り当てています。各市町村の職員は、自らの市町村の被保険者の情報しか見られません。
                - opinion: 特定個人情報ファイルを保管する期間を評価書に書いてほしい。
                  response: ご意見を踏まえ、評価書の「保管・消去」の欄に保管期間を追記しました。
            ---

            平成27年度に市が行った最初の全項目評価について、評価書（案）への意見を募集しました。
            """);
        return content;
    }
}
