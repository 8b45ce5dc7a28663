namespace Disclosure.FileSystem;

/// <summary>Where a path really leads once every symbolic link along it is followed, as the operating system would.</summary>
public static class RealPath
{
    /// <summary>As many links as Linux follows before it gives up (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <returns>The path with no link left in it, or null when its links go round in a loop.</returns>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                // After a link, ".." leaves the folder the link led to, not the one it was written in.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
