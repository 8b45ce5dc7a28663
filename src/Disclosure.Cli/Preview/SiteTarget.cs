namespace Disclosure.Cli.Preview;

/// <summary>What a request path leads to in the built site.</summary>
/// <param name="Value">The file's full path, or the path to redirect to; empty when not found.</param>
public sealed record SiteTarget(SiteTargetKind Kind, string Value)
{
    public static readonly SiteTarget NotFound = new(SiteTargetKind.NotFound, "");

    public static SiteTarget File(string fullPath) => new(SiteTargetKind.File, fullPath);

    public static SiteTarget RedirectTo(string path) => new(SiteTargetKind.Redirect, path);
}
