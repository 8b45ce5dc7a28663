using System.Collections.Concurrent;

namespace Disclosure.FileSystem;

/// <summary>
/// A folder the build may read from (the content folder, a theme) and nothing outside it: a path whose real location
/// leaves the folder — through a symbolic link anywhere along it, <c>..</c> or an absolute path — is refused.
/// A link that stays inside is followed as usual.
/// </summary>
public sealed class ConfinedFolder
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    private readonly string _root;
    private readonly string _realRoot;
    private readonly ConcurrentDictionary<string, Escape?> _folders = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    public ConfinedFolder(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _realRoot = RealPath.Of(_root) ?? _root;
    }

    /// <summary>How a path leaves the folder, or null when it stays inside.</summary>
    public Escape? EscapeOf(string path)
    {
        var full = Path.GetFullPath(path);
        if (!IsWithin(full, _root))
        {
            return new Escape(full, full);
        }
        // Each step below the root is checked, so a linked folder is named rather than every file beneath it.
        var current = _root;
        foreach (var part in Path.GetRelativePath(_root, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var escape = current.Length == full.Length ? Check(current) : _folders.GetOrAdd(current, Check);
            if (escape is not null)
            {
                return escape;
            }
        }
        return null;
    }

    private Escape? Check(string path)
    {
        string? target;
        try
        {
            target = new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        if (target is null)
        {
            return null;
        }
        var real = RealPath.Of(path);
        return real is not null && IsWithin(real, _realRoot) ? null : new Escape(path, target);
    }

    private static bool IsWithin(string path, string folder) =>
        path.Equals(folder, PathComparison)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, PathComparison);
}
