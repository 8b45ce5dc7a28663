using System.Text;
using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Yaml;

namespace Disclosure.Cli.Preview;

/// <summary>Reads the sub-path of <c>base_url</c> from site.yml: every link in the built pages starts with it.</summary>
public static class BasePathReader
{
    /// <returns>The base path (<c>/hogo/</c>), or null when site.yml is missing or broken; the build reports why.</returns>
    public static string? Read(string contentDirectory)
    {
        var path = Path.Combine(contentDirectory, "site.yml");
        try
        {
            var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
            var file = new SourceFile("site.yml", path.Replace('\\', '/'), Path.GetFullPath(path), text);
            return SiteConfigParser.Parse(file, new DiagnosticBag())?.BasePath;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
