using System.Diagnostics;
using Disclosure.Diagnostics;
using Disclosure.Pipeline;
using Disclosure.Pipeline.Incremental;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Runs one build and tells everyone about it: the terminal, the state requests read, and the open browser tabs.
/// Builds after the first reuse what did not change (<see cref="IncrementalPhases"/>), and the tabs reload as soon as
/// the build has written its files. The caller guarantees that two builds never run at once.
/// </summary>
/// <param name="edits">What the file watcher saw change: each build takes what was seen since the one before.</param>
public sealed class SiteRebuilder(PreviewSettings settings, PreviewState state, BrowserEvents browsers, Uri origin, EditedFiles edits)
{
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IncrementalPhases _phases = new();
    private readonly CollectBetweenBuilds _collector = new();
    private bool _warmedUp;

    /// <summary>Completes when the first build has finished, whether or not it succeeded.</summary>
    public Task FirstBuild => _firstBuild.Task;

    public async Task BuildOnceAsync()
    {
        _collector.BuildStarting();
        // Read before building: the pages written by this build carry this base path in their links.
        var basePath = BasePathReader.Read(settings.ContentDirectory) ?? state.Current.BasePath;
        var options = settings.OptionsForNextBuild();
        var before = state.Current;
        var result = await BuildAsync(options);
        _collector.End();
        if (!result.Succeeded)
        {
            // A build that stopped early may not have looked at every edited file: the next one looks at them all.
            edits.Lost();
        }
        var status = state.Record(result, basePath);
        browsers.Broadcast(result.Succeeded ? BrowserEvents.Reload(status) : BrowserEvents.Errors(status));
        BuildReporter.Report(result, options);

        if (result.Succeeded && status.BasePath != before.BasePath && before.CompletedBuilds > 0)
        {
            Console.WriteLine($"base_url のパスが変わりました。プレビュー: {new Uri(origin, status.BasePath)}");
        }
        _firstBuild.TrySetResult();
        if (result.Succeeded && !_warmedUp)
        {
            await WarmUpAsync(options);
        }
        _collector.BeginWhenIdle();
    }

    /// <summary>
    /// Runs the rebuild path once, while the user is still looking at the first build, so that the first save does
    /// not also pay for compiling that code. Nothing has changed, so nothing is rendered or written; if something
    /// was saved meanwhile, the build that save asked for follows and reports it.
    /// </summary>
    private async Task WarmUpAsync(BuildOptions options)
    {
        _warmedUp = true;
        await BuildAsync(options);
    }

    private async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        _phases.Edited(edits.Take());
        try
        {
            return await new SiteBuilder(options, _phases).BuildAsync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A locked file or a full disk is not a content error, but it must not end the preview either.
            return Failed(options, $"ファイルの読み書きに失敗しました: {e.Message}", clock.Elapsed);
        }
        catch (Exception e)
        {
            // A bug in the generator: show the details once in the terminal and keep serving the last good site.
            await Console.Error.WriteLineAsync(e.ToString());
            return Failed(options, $"ビルド中に予期しないエラーが起きました: {e.Message}", clock.Elapsed);
        }
    }

    private static BuildResult Failed(BuildOptions options, string message, TimeSpan elapsed) =>
        new(false, [new Diagnostic(DiagnosticSeverity.Error, options.ContentDirectory, 1, message)], 0, 0, 0, elapsed);
}
