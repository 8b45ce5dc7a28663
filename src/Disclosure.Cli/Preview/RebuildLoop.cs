using System.Threading.Channels;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Runs builds one after another, never two at once. Requests made while a build runs collapse into exactly one
/// more build, which starts when the current one ends and so sees every change made meanwhile.
/// </summary>
public sealed class RebuildLoop(Func<Task> build)
{
    // One slot: a request finding it taken is already covered by the build waiting there.
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Lets the loop end after the build it is running, if any; later requests are ignored.</summary>
    public void Complete() => _requests.Writer.TryComplete();

    public async Task RunAsync()
    {
        await foreach (var _ in _requests.Reader.ReadAllAsync())
        {
            await build();
        }
    }
}
