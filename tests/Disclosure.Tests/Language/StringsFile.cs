using Disclosure.Testing;
using Disclosure.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Tests.Language;

/// <summary>One language's strings file of the default theme, read as the flat key → value map it must be.</summary>
public static class StringsFile
{
    public static string PathOf(string language) => Path.Combine(RepositoryPaths.Theme, "strings", $"{language}.yml");

    public static IReadOnlyDictionary<string, string> Read(string language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(PathOf(language))));
        var root = Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            var name = Assert.IsType<YamlScalarNode>(key).Value!;
            // A value that is not a plain string (a list, a mapping) is a mistake the build would silently skip.
            var text = Assert.IsType<YamlScalarNode>(value).Value;
            Assert.True(strings.TryAdd(name, text ?? ""), $"{language}.yml has the key {name} twice.");
        }
        return strings;
    }
}
