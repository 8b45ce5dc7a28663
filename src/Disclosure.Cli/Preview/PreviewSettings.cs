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
    int Port,
    int? CommentsPort = null)
{
    /// <summary>Where the preview's own comment server listens once started (<c>--comments</c>); the forms post there.</summary>
    public string? CommentEndpoint { get; init; }

    /// <summary>The SQLite file the preview's comment server stores opinions in.</summary>
    public string CommentsStore { get; init; } = PreviewComments.DefaultStorePath;

    public BuildOptions OptionsForNextBuild() => new()
    {
        ContentDirectory = ContentDirectory,
        ThemeDirectory = ThemeDirectory,
        OutputDirectory = OutputDirectory,
        IncludeDrafts = IncludeDrafts,
        Now = PinnedNow ?? DateTimeOffset.UtcNow,
        CommentEndpoint = CommentEndpoint,
    };
}
