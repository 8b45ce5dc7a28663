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

        var command = new Command("serve", "サイトをビルドしてこのパソコンだけで表示し、内容を変更するたびに作り直してブラウザを再読み込みします") { port };
        site.AddTo(command);
        command.SetAction(async (parsed, stopping) =>
        {
            var settings = new PreviewSettings(
                parsed.GetValue(site.Content)!, parsed.GetValue(site.Theme)!, parsed.GetValue(site.Output)!,
                parsed.GetValue(site.Drafts), site.PinnedNow(parsed), parsed.GetValue(port));
            return await PreviewSession.RunAsync(settings, stopping);
        });
        return command;
    }
}
