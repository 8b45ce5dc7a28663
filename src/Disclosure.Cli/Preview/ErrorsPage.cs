using System.Net;
using System.Text;

namespace Disclosure.Cli.Preview;

/// <summary><c>GET /__disclosure/errors</c>: the latest build's problems as a page of their own, for reading at leisure.</summary>
public static class ErrorsPage
{
    public const string Url = "/__disclosure/errors";

    public static string Render(BuildStatus status)
    {
        var title = status.HasErrors ? $"ビルドエラー（{status.Problems.Count} 件）" : "ビルドエラーはありません";
        var body = new StringBuilder();
        if (status.HasErrors)
        {
            body.Append("<h1>ビルドエラー</h1>\n");
            body.Append($"<p>{status.Problems.Count} 件の問題があるため、サイトを更新できませんでした。");
            body.Append("プレビューには最後に成功したビルドのサイトを表示しています。ファイルを直して保存すると、自動で作り直します。</p>\n<ul>\n");
            foreach (var line in status.ProblemLines)
            {
                body.Append($"<li><code>{WebUtility.HtmlEncode(line)}</code></li>\n");
            }
            body.Append("</ul>\n");
        }
        else
        {
            body.Append("<h1>ビルドエラーはありません</h1>\n");
            body.Append(status.CompletedBuilds == 0
                ? "<p>最初のビルドを実行しています。</p>\n"
                : "<p>最後のビルドは成功しました。</p>\n");
        }
        body.Append($"<p><a href=\"{WebUtility.HtmlEncode(status.BasePath)}\">プレビュー中のサイトへ戻る</a></p>\n");

        return $$"""
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}} — プレビュー</title>
            <style>
              body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.7; color: #1a1a1a; background: #ffffff; }
              main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem; }
              h1 { color: #b3261e; font-size: 1.75rem; margin: 0 0 1rem; }
              code { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
              li { margin-bottom: 0.5rem; }
              a { color: #0b57d0; }
            </style>
            </head>
            <body>
            <main>
            {{body}}</main>
            {{LiveReloadScript.TagForErrorsPage(status.CompletedBuilds)}}
            </body>
            </html>
            """;
    }
}
