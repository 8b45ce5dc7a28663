namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ProduceFiles"/>, with the files made late (feeds, data sets) by the last successful
/// build and the inputs they declared (<see cref="OutputFile.Inputs"/>). A file whose inputs and site-wide inputs are
/// the same is taken from here, not made again — and, being the same content, not searched for leaks again either (<see cref="CheckedFiles"/>).
/// </summary>
public sealed class ProducedFiles
{
    private IReadOnlyDictionary<string, Kept> _kept = new Dictionary<string, Kept>(StringComparer.Ordinal);
    private SiteWideInputs? _siteWide;
    private (IReadOnlyDictionary<string, Kept> Kept, SiteWideInputs SiteWide)? _thisBuild;

    public IPhase<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>> Around(IPhase<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>> produce, SiteWideInputs siteWide) =>
        Phase.From<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>>(files => Produce(files, siteWide, produce));

    private List<OutputFile> Produce(IReadOnlyList<OutputFile> files, SiteWideInputs siteWide, IPhase<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>> produce)
    {
        var reusable = siteWide.SameAs(_siteWide);
        var inputs = files.AsParallel().AsOrdered().Select(file => file.Inputs?.Invoke()).ToList();
        var kept = files.Select((file, i) => reusable && inputs[i] is { } these && _kept.TryGetValue(file.Path, out var before) && before.Inputs == these ? before.File : null).ToList();
        var made = new Queue<OutputFile>(produce.Execute(files.Where((_, i) => kept[i] is null).ToList()));
        var produced = kept.Select(k => k ?? made.Dequeue()).ToList();
        var remembered = new Dictionary<string, Kept>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (inputs[i] is { } these)
            {
                remembered[files[i].Path] = new Kept(these, produced[i]);
            }
        }
        _thisBuild = (remembered, siteWide);
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
