using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using RazorLight.Compilation;

namespace Disclosure.Rendering.Templates;

/// <summary>
/// Assemblies compiled from templates, found by a key made from the template's name and source, the RazorLight
/// version and the exact build of this library whose types templates use — so nothing needs the Razor code
/// generator or the C# compiler to tell whether a template is already compiled. Two places hold them: the folder
/// shipped with the tool (the default theme, compiled when the tool was built; read only) and the user's cache,
/// where a template a site changes is kept after its first compilation.
/// </summary>
public sealed class CompiledTemplateStore(string? shippedFolder, string cacheFolder)
{
    /// <summary>The folder beside the tool's assemblies that the tool's build fills with the default theme's templates.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "compiled-templates");

    public static string DefaultCacheFolder =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "disclosure", "templates");

    public static CompiledTemplateStore Default => new(ShippedFolder, DefaultCacheFolder);

    public static string KeyOf(string templateKey, string source)
    {
        var identity = $"{typeof(RoslynCompilationService).Assembly.GetName().Version}|{typeof(CompiledTemplateStore).Assembly.ManifestModule.ModuleVersionId}|{Environment.Version.Major}.{Environment.Version.Minor}|{templateKey}\n";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity + source)))[..40].ToLowerInvariant();
    }

    public Assembly? Find(string key)
    {
        if (shippedFolder is not null && File.Exists(PathIn(shippedFolder, key)))
        {
            // Loaded from its file, so that code compiled ahead of time in it (ReadyToRun) is used.
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(PathIn(shippedFolder, key));
        }
        var cached = PathIn(cacheFolder, key);
        return File.Exists(cached) ? Assembly.Load(File.ReadAllBytes(cached)) : null;
    }

    /// <summary>Keeps a newly compiled template in the cache; a cache that cannot be written only makes the next start slower.</summary>
    public void Keep(string key, byte[] assembly)
    {
        var path = PathIn(cacheFolder, key);
        try
        {
            Directory.CreateDirectory(cacheFolder);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, assembly);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes a compiled template into <paramref name="folder"/> under its key (the tool's build fills <see cref="ShippedFolder"/> so).</summary>
    public static void Write(string folder, string key, byte[] assembly)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(PathIn(folder, key), assembly);
    }

    private static string PathIn(string folder, string key) => Path.Combine(folder, key + ".dll");
}
