using Disclosure.FileSystem;

namespace Disclosure.Rendering;

/// <summary>
/// The theme folders in lookup order: the site's chosen theme first, then the default theme shipped with the tool,
/// so a site theme need only contain what it changes.
/// </summary>
public sealed record ThemeFolders(IReadOnlyList<string> Roots)
{
    public static ThemeFolders For(string theme)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "themes", "default");
        var roots = new List<string> { Path.GetFullPath(theme) };
        if (Directory.Exists(shipped) && !roots.Contains(Path.GetFullPath(shipped)))
        {
            roots.Add(Path.GetFullPath(shipped));
        }
        return new ThemeFolders(roots.Where(Directory.Exists).ToList());
    }

    public IReadOnlyList<string> Templates => Roots.Select(r => Path.Combine(r, "templates")).ToList();

    /// <summary>
    /// Every link in a theme folder that leads out of it: templates, strings and assets are read and published, so a
    /// theme, like the content, may hold nothing from elsewhere on the machine.
    /// </summary>
    public IReadOnlyList<Escape> Escapes()
    {
        var escapes = new List<Escape>();
        foreach (var root in Roots)
        {
            var confined = new ConfinedFolder(root);
            var entries = Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 });
            escapes.AddRange(entries.Select(confined.EscapeOf).OfType<Escape>().DistinctBy(e => e.Link));
        }
        return escapes;
    }

    /// <summary>Every static asset by its path below <c>assets/</c>, the site theme's copy winning.</summary>
    public IReadOnlyDictionary<string, string> Assets()
    {
        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in Roots)
        {
            var folder = Path.Combine(root, "assets");
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                assets.TryAdd(Path.GetRelativePath(folder, file).Replace('\\', '/'), file);
            }
        }
        return assets;
    }
}
