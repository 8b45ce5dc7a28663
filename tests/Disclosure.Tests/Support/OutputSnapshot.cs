using System.Security.Cryptography;

namespace Disclosure.Tests.Support;

/// <summary>The files of a folder, each with a hash of its content, to prove a build left a folder exactly as it was.</summary>
public static class OutputSnapshot
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            files[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        return files;
    }

    /// <summary>The staging and previous-site folders the atomic swap creates beside the output, which must never stay.</summary>
    public static IReadOnlyList<string> StagingFolders(string parent) =>
        Directory.EnumerateDirectories(parent)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.StartsWith(".output.", StringComparison.Ordinal))
            .ToList();
}
