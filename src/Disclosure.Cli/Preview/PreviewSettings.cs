using Disclosure.Pipeline;

namespace Disclosure.Cli.Preview;

/// <summary>What <c>disclosure serve</c> was asked to do.</summary>
/// <param name="PinnedNow">The day given with <c>--now</c>; without it every rebuild uses the moment it starts, so a long session still opens and closes comment periods on the right day.</param>
public sealed record PreviewSettings(
    string ContentDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    bool IncludeDrafts,
    DateTimeOffset? PinnedNow,
    int Port)
{
    public BuildOptions OptionsForNextBuild() => new()
    {
        ContentDirectory = ContentDirectory,
        ThemeDirectory = ThemeDirectory,
        OutputDirectory = OutputDirectory,
        IncludeDrafts = IncludeDrafts,
        Now = PinnedNow ?? DateTimeOffset.UtcNow,
    };
}
