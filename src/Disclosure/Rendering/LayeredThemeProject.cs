using RazorLight.Razor;

namespace Disclosure.Rendering;

/// <summary>
/// Finds each template in the first theme folder that has it, so a site overrides any default template
/// by placing one of the same name in its own theme.
/// </summary>
public sealed class LayeredThemeProject(IReadOnlyList<string> templateFolders) : RazorLightProject
{
    private const string Extension = ".cshtml";

    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        var key = templateKey.TrimStart('/', '\\');
        if (!key.EndsWith(Extension, StringComparison.Ordinal))
        {
            key += Extension;
        }
        var file = templateFolders.Select(f => new FileInfo(Path.Combine(f, key))).FirstOrDefault(f => f.Exists)
            ?? new FileInfo(Path.Combine(templateFolders[0], key));
        return Task.FromResult<RazorLightProjectItem>(new FileSystemRazorProjectItem(key, file));
    }

    /// <summary>Every template derives from <see cref="Templates.ThemePage{TModel}"/>, as if each began with this line.</summary>
    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
        Task.FromResult<IEnumerable<RazorLightProjectItem>>([ThemeImports]);

    private static readonly RazorLightProjectItem ThemeImports =
        new TextSourceRazorProjectItem("_ThemeImports.cshtml", $"@inherits {typeof(Templates.ThemePage<>).Namespace}.ThemePage<TModel>");
}
