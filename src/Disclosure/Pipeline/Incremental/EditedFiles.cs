using System.Collections.Concurrent;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// The paths a file watcher saw change (files, or folders as a whole) since the last build took them: with these,
/// <see cref="ParsedFiles"/> need not ask the file system about ten thousand files that nobody touched. Until the
/// watcher has reported, or after it lost events, nothing is known and every file is looked at.
/// </summary>
public sealed class EditedFiles
{
    /// <summary>Past this many, looking at every file costs less than checking each against the list.</summary>
    private const int Most = 256;

    private readonly Lock _gate = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _unknown = true;

    /// <summary>A full path created, changed, deleted or renamed (both names of a rename).</summary>
    public void Saw(string fullPath)
    {
        lock (_gate)
        {
            _paths.Add(fullPath.TrimEnd(Path.DirectorySeparatorChar));
        }
    }

    /// <summary>The watcher lost events, or started only now: the next build looks at every file.</summary>
    public void Lost()
    {
        lock (_gate)
        {
            _unknown = true;
        }
    }

    /// <summary>What was seen since the last call, for the build about to start; null when it cannot be known.</summary>
    public EditedPaths? Take()
    {
        lock (_gate)
        {
            var taken = _unknown || _paths.Count > Most ? null : new EditedPaths(_paths);
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _unknown = false;
            return taken;
        }
    }
}
