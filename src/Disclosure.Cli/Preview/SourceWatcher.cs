namespace Disclosure.Cli.Preview;

/// <summary>Watches the content and theme folders, every level below them, and reports each edit.</summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ChangeFilter _filter;
    private readonly Action _onEdit;

    public SourceWatcher(IEnumerable<string> folders, ChangeFilter filter, Action onEdit)
    {
        _filter = filter;
        _onEdit = onEdit;
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
            watcher.Error += (_, _) => _onEdit();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Consider(params string[] paths)
    {
        if (paths.Any(_filter.IsEdit))
        {
            _onEdit();
        }
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
