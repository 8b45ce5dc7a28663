namespace Disclosure.Pipeline;

public sealed record BuildOptions
{
    public string ContentDirectory { get; init; } = "content";
    public string ThemeDirectory { get; init; } = Path.Combine("themes", "default");
    public string OutputDirectory { get; init; } = "output";

    /// <summary>The moment the site is built for: decides which steps are done and which periods are open.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// Where the forms post instead of site.yml's <c>comment_endpoint</c>: the preview's own comment server
    /// (<c>disclosure serve --comments</c>), so that trying the form never sends anything to the real one.
    /// </summary>
    public string? CommentEndpoint { get; init; }

    /// <summary>False for <c>disclosure check</c>: every phase and check runs, nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;
}
