using System.Collections.Concurrent;

namespace Disclosure.Comments.Site;

/// <summary>
/// The built site in a folder on this machine: each file is read again only when its write time or size changes,
/// so a rebuild is picked up at once and an unchanged file costs one <c>stat</c>.
/// </summary>
public sealed class LocalSiteFolder(string folder) : ISiteSource
{
    private readonly ConcurrentDictionary<string, (long Ticks, long Length, SiteFile File)> _read = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.GetFullPath(folder);

    public ValueTask<SiteFile?> GetAsync(string relativePath, CancellationToken cancellationToken = default)
    {
        if (relativePath.Contains("..", StringComparison.Ordinal))
        {
            return ValueTask.FromResult<SiteFile?>(null);
        }
        var path = Path.Combine(Folder, relativePath);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return ValueTask.FromResult<SiteFile?>(null);
        }
        var (ticks, length) = (file.LastWriteTimeUtc.Ticks, file.Length);
        if (_read.TryGetValue(relativePath, out var known) && known.Ticks == ticks && known.Length == length)
        {
            return ValueTask.FromResult<SiteFile?>(known.File);
        }
        try
        {
            var read = new SiteFile(File.ReadAllBytes(path), $"{ticks}:{length}");
            _read[relativePath] = (ticks, length, read);
            return ValueTask.FromResult<SiteFile?>(read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Replaced or removed while being read (a rebuild swapping the folder): the last good copy serves meanwhile.
            return ValueTask.FromResult(_read.TryGetValue(relativePath, out var last) ? last.File : null);
        }
    }

    public string Describe(string relativePath) => Path.Combine(Folder, relativePath);
}
