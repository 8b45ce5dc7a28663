using Microsoft.Extensions.Hosting;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Replaces the host's console lifetime: the preview session handles Ctrl+C and SIGTERM itself (see
/// <see cref="StopSignals"/>), because it must stop watching and hang up on the browsers before the server stops;
/// a second handler in the host would race it.
/// </summary>
public sealed class CommandOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
