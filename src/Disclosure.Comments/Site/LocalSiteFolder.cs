using System.Collections.Concurrent;

namespace Disclosure.Comments.Site;

/// <summary>
/// The built site in a folder on this machine: each file is read again only when its write time or size changes,
/// so a rebuild is picked up at once and an unchanged file costs one <c>stat</c>.
/// </summary>
public sealed class LocalSiteFolder(string folder) : ISiteSource
{
    private readonly ConcurrentDictionary<string, SiteFile> _read = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.GetFullPath(folder);

    public Task<SiteFile?> GetAsync(string relativePath, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Folder, relativePath);
        var file = new FileInfo(path);
        if (!file.Exists || !Path.GetFullPath(path).StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Task.FromResult<SiteFile?>(null);
        }
        var version = $"{file.LastWriteTimeUtc.Ticks}:{file.Length}";
        if (_read.TryGetValue(relativePath, out var known) && known.Version == version)
        {
            return Task.FromResult<SiteFile?>(known);
        }
        try
        {
            var read = new SiteFile(File.ReadAllBytes(path), version);
            _read[relativePath] = read;
            return Task.FromResult<SiteFile?>(read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Replaced or removed while being read (a rebuild swapping the folder): the last good copy serves meanwhile.
            return Task.FromResult(_read.TryGetValue(relativePath, out var last) ? last : null);
        }
    }

    public string Describe(string relativePath) => Path.Combine(Folder, relativePath);
}
