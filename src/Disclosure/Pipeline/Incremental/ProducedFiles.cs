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
        // Each file's inputs are worked out and compared with the last build's on every core: ten thousand feeds.
        var inputs = OnEveryCore.Map(files, file =>
        {
            var these = file.Inputs?.Invoke();
            var kept = reusable && these is not null && _kept.TryGetValue(file.Path, out var before) && Same(before.Inputs, these) ? before.File : null;
            return (Inputs: these, Kept: kept);
        });
        var made = new Queue<OutputFile>(produce.Execute(files.Where((_, i) => inputs[i].Kept is null).ToList()));
        var produced = inputs.Select(file => file.Kept ?? made.Dequeue()).ToList();
        var remembered = new Dictionary<string, Kept>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (inputs[i].Inputs is { } these)
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

    /// <summary>
    /// Value by value, lists item by item (a feed's entries, a data set's rows): a part kept from the build before is
    /// the same object, found equal by reference, and a part made again equal by value.
    /// </summary>
    private static bool Same(IReadOnlyList<object?> before, IReadOnlyList<object?> now)
    {
        if (ReferenceEquals(before, now))
        {
            return true;
        }
        if (before.Count != now.Count)
        {
            return false;
        }
        for (var i = 0; i < now.Count; i++)
        {
            // The same object first: a kept part, and a list kept as it was, need no look at their type or items.
            var same = ReferenceEquals(before[i], now[i])
                || (before[i] is IReadOnlyList<object?> list && now[i] is IReadOnlyList<object?> other ? Same(list, other) : Equals(before[i], now[i]));
            if (!same)
            {
                return false;
            }
        }
        return true;
    }

    private sealed record Kept(IReadOnlyList<object?> Inputs, OutputFile File);
}
