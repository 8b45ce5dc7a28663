using System.CommandLine;

namespace Disclosure.Cli.Preview;

/// <summary><c>disclosure serve</c>: builds the site, serves it on this machine only, and rebuilds and reloads the browser on every change.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "待ち受けるポート番号（127.0.0.1 のみ。0 なら空いている番号）", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port には 0 から 65535 までの番号を指定してください。");
            }
        });

        var comments = new Option<bool>("--comments")
        {
            Description = $"意見提出フォームも試せるように、意見受付サーバーをこのパソコンだけで一緒に起動します（試用の保存先: {PreviewComments.DefaultStorePath}）",
        };
        var commentsPort = new Option<int>("--comments-port") { Description = "--comments の意見受付サーバーのポート番号（既定: --port の次の番号、0 なら空いている番号）", DefaultValueFactory = _ => -1 };
        var commentsStore = new Option<string>("--comments-store")
        {
            Description = "--comments で送られた意見を保存する SQLite ファイル（本番の保存先とは別にしてください）",
            DefaultValueFactory = _ => PreviewComments.DefaultStorePath,
        };
        var command = new Command("serve", "サイトをビルドしてこのパソコンだけで表示し、内容を変更するたびに作り直してブラウザを再読み込みします")
        {
            port, comments, commentsPort, commentsStore,
        };
        site.AddTo(command);
        command.SetAction(async (parsed, stopping) =>
        {
            var previewPort = parsed.GetValue(port);
            int? formPort = !parsed.GetValue(comments) ? null
                : parsed.GetValue(commentsPort) is >= 0 and var chosen ? chosen
                : previewPort == 0 ? 0 : previewPort + 1;
            var settings = new PreviewSettings(
                parsed.GetValue(site.Content)!, parsed.GetValue(site.Theme)!, parsed.GetValue(site.Output)!,
                parsed.GetValue(site.Drafts), site.PinnedNow(parsed), previewPort, formPort)
            {
                CommentsStore = parsed.GetValue(commentsStore)!,
            };
            return await PreviewSession.RunAsync(settings, stopping);
        });
        return command;
    }
}
