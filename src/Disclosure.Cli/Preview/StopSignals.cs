using System.Runtime.InteropServices;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation the preview shuts down on, instead of the process
/// dying where it stands. (System.CommandLine only does this when a termination timeout is configured.)
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    /// <param name="alsoStopOn">A token that ends the preview too, such as the command's own.</param>
    public StopSignals(CancellationToken alsoStopOn)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(alsoStopOn);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => _stop.Token;

    private void Stop(PosixSignalContext context)
    {
        // Keep the process alive: the preview ends by itself once it has stopped watching and hung up on the browsers.
        context.Cancel = true;
        _stop.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }
}
