using System.Net.Sockets;
using Disclosure.Pipeline.Incremental;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;

namespace Disclosure.Cli.Preview;

/// <summary>One run of <c>disclosure serve</c>: serve, build, watch and rebuild until Ctrl+C or SIGTERM, then stop cleanly.</summary>
public static class PreviewSession
{
    // Long enough to gather the several events of one save, short enough to feel immediate.
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(30);

    // Ctrl+C should feel immediate; System.CommandLine, if ever configured to, would also end the process after 2 s.
    private static readonly TimeSpan ServerStopLimit = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RunningBuildLimit = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(PreviewSettings settings, CancellationToken commandStopping)
    {
        using var signals = new StopSignals(commandStopping);
        var stopping = signals.Token;
        if (!Directory.Exists(settings.ContentDirectory))
        {
            await Console.Error.WriteLineAsync($"コンテンツのフォルダ「{settings.ContentDirectory}」が見つかりません。--content で指定してください。");
            return 1;
        }

        var state = new PreviewState(BasePathReader.Read(settings.ContentDirectory) ?? "/");
        var browsers = new BrowserEvents();
        await using var app = PreviewServer.Create(settings, state, browsers);
        // Listen before the first build: a port in use should be said at once, not after a build.
        if (!await TryStartAsync(app, settings.Port, "--port"))
        {
            return 1;
        }
        var origin = new Uri(app.Urls.First());
        WebApplication? comments = null;
        if (settings.CommentsPort is { } commentsPort)
        {
            try
            {
                comments = PreviewComments.Create(commentsPort, settings.CommentsStore, settings.OutputDirectory, new Uri(origin, state.Current.BasePath));
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or System.Data.Common.DbException)
            {
                await Console.Error.WriteLineAsync($"意見受付サーバーを起動できません: {e.Message}");
                await StopAsync(app);
                return 1;
            }
            if (!await TryStartAsync(comments, commentsPort, "--comments-port"))
            {
                await StopAsync(app);
                return 1;
            }
            settings = settings with { CommentEndpoint = comments.Urls.First().TrimEnd('/') };
        }

        var edits = new EditedFiles();
        var rebuilder = new SiteRebuilder(settings, state, browsers, origin, edits);
        var loop = new RebuildLoop(rebuilder.BuildOnceAsync);
        var building = loop.RunAsync();
        var stopped = Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
        using (var debouncer = new Debouncer(QuietPeriod, loop.Request))
        using (new SourceWatcher([settings.ContentDirectory, settings.ThemeDirectory], new ChangeFilter(settings.OutputDirectory), edits, debouncer.Poke))
        {
            loop.Request();
            await Task.WhenAny(rebuilder.FirstBuild, stopped);
            if (!stopping.IsCancellationRequested)
            {
                Console.WriteLine($"プレビュー: {new Uri(origin, state.Current.BasePath)}  （Ctrl+C で終了）");
                if (comments is not null)
                {
                    Console.WriteLine($"意見受付（試用）: {settings.CommentEndpoint}  送られた意見の保存先: {settings.CommentsStore}");
                }
            }
            await stopped;
        }

        // Watching has stopped; now let no build start, hang up on the browsers and stop listening.
        loop.Complete();
        browsers.CloseAll();
        await StopAsync(app);
        if (comments is not null)
        {
            await StopAsync(comments);
            await comments.DisposeAsync();
        }
        var buildFinished = await Task.WhenAny(building, Task.Delay(RunningBuildLimit)) == building;
        Console.WriteLine(buildFinished
            ? "プレビューを終了しました。"
            : $"プレビューを終了しました。実行中だったビルドは途中で止めたため、{settings.OutputDirectory}/ は前回のままです。");
        return 0;
    }

    private static async Task<bool> TryStartAsync(WebApplication app, int port, string option)
    {
        try
        {
            await app.StartAsync();
            return true;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"ポート {port} はほかのプログラムが使っています。{option} で別の番号を指定してください。");
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            await Console.Error.WriteLineAsync($"ポート {port} で待ち受けできません: {e.Message}");
        }
        return false;
    }

    private static async Task StopAsync(WebApplication app)
    {
        using var limit = new CancellationTokenSource(ServerStopLimit);
        try
        {
            await app.StopAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // Connections still open after the limit were cut; nothing is left to wait for.
        }
    }
}
