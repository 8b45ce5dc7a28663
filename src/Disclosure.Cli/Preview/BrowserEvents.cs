using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;

namespace Disclosure.Cli.Preview;

/// <summary>The open browser tabs, each listening on a Server-Sent Events stream, and what is sent to them.</summary>
public sealed class BrowserEvents
{
    /// <summary>The site was rebuilt: reload the page. The data is the build's number.</summary>
    public const string ReloadEvent = "reload";

    /// <summary>The build failed: show its problems over the page. The data is a JSON array of <c>path:line: message</c>.</summary>
    public const string ErrorEvent = "error";

    private readonly Lock _gate = new();
    private readonly HashSet<Channel<SseItem<string>>> _tabs = [];
    private bool _closed;

    public static SseItem<string> Reload(BuildStatus status) =>
        new(status.SuccessfulBuilds.ToString(CultureInfo.InvariantCulture), ReloadEvent);

    public static SseItem<string> Errors(BuildStatus status) =>
        new(JsonSerializer.Serialize(status.ProblemLines), ErrorEvent);

    public void Broadcast(SseItem<string> item)
    {
        lock (_gate)
        {
            foreach (var tab in _tabs)
            {
                tab.Writer.TryWrite(item);
            }
        }
    }

    /// <summary>Ends every stream, so that shutting down does not wait for browsers that would never hang up.</summary>
    public void CloseAll()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var tab in _tabs)
            {
                tab.Writer.TryComplete();
            }
        }
    }

    /// <summary>One tab's stream: first what it missed, then every broadcast until the tab or the server goes away.</summary>
    /// <param name="catchUp">Decides what the tab missed. It runs after the tab is registered, so no broadcast can fall between the two.</param>
    public async IAsyncEnumerable<SseItem<string>> StreamAsync(
        Func<IEnumerable<SseItem<string>>> catchUp, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tab = Channel.CreateUnbounded<SseItem<string>>(new UnboundedChannelOptions { SingleReader = true });
        bool closed;
        lock (_gate)
        {
            closed = _closed;
            if (!closed)
            {
                _tabs.Add(tab);
            }
        }
        if (closed)
        {
            yield break;
        }
        try
        {
            foreach (var item in catchUp())
            {
                yield return item;
            }
            await foreach (var item in tab.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            lock (_gate)
            {
                _tabs.Remove(tab);
            }
        }
    }
}
