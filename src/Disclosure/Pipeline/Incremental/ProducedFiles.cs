using System.Collections.Concurrent;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// The files made late (feeds, data sets) by the last successful build, with the inputs they declared
/// (<see cref="OutputFile.Inputs"/>). A file whose inputs and site-wide inputs are the same is taken from here, not
/// made again — and, being the same content, not searched for leaks again either (<see cref="CheckedFiles"/>).
/// </summary>
public sealed class ProducedFiles
{
    private IReadOnlyDictionary<string, Kept> _kept = new Dictionary<string, Kept>(StringComparer.Ordinal);
    private SiteWideInputs? _siteWide;
    private (IReadOnlyDictionary<string, Kept> Kept, SiteWideInputs SiteWide)? _thisBuild;

    public List<OutputFile> Produce(IReadOnlyList<OutputFile> files, SiteWideInputs siteWide)
    {
        var reusable = ModelComparer.Same(siteWide, _siteWide);
        var made = new ConcurrentDictionary<string, Kept>(StringComparer.Ordinal);
        var produced = files.AsParallel().AsOrdered().Select(file =>
        {
            if (file.Inputs is not { } inputsOf)
            {
                return file.Produce();
            }
            var inputs = inputsOf();
            var kept = reusable && _kept.TryGetValue(file.Path, out var before) && before.Inputs == inputs
                ? before
                : new Kept(inputs, file.Produce());
            made[file.Path] = kept;
            return kept.File;
        }).ToList();
        _thisBuild = (made, siteWide);
        return produced;
    }

    /// <summary>The build that called <see cref="Produce"/> last succeeded: the next one may keep its files.</summary>
    public void Remember()
    {
        if (_thisBuild is { } succeeded)
        {
            (_kept, _siteWide) = succeeded;
        }
    }

    private sealed record Kept(string Inputs, OutputFile File);
}
