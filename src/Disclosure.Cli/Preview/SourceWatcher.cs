using Disclosure.Pipeline.Incremental;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Watches the content and theme folders, every level below them, and reports each edit; what it saw is kept in
/// <paramref name="edits"/> for the next build, which then need not look at the files nobody touched.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ChangeFilter _filter;
    private readonly Action _onEdit;
    private readonly EditedFiles _edits;

    public SourceWatcher(IEnumerable<string> folders, ChangeFilter filter, EditedFiles edits, Action onEdit)
    {
        _filter = filter;
        _onEdit = onEdit;
        _edits = edits;
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct())
        {
            // A full path, so that events carry full paths the filter can compare with the output folder.
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Consider(e.FullPath);
            watcher.Created += (_, e) => Consider(e.FullPath);
            watcher.Deleted += (_, e) => Consider(e.FullPath);
            watcher.Renamed += (_, e) => Consider(e.OldFullPath, e.FullPath);
            // Events were lost (too many at once): a rebuild is the only way to be sure nothing was missed.
            watcher.Error += (_, _) =>
            {
                _edits.Lost();
                _onEdit();
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Consider(params string[] paths)
    {
        var edited = paths.Where(_filter.IsEdit).ToList();
        if (edited.Count == 0)
        {
            return;
        }
        // Recorded before the build is asked for, so the build that follows knows of it.
        foreach (var path in edited)
        {
            _edits.Saw(path);
        }
        _onEdit();
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
        _watchers.Clear();
    }
}
