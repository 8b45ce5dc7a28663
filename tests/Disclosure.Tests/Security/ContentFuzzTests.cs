using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Abstractions;
using Disclosure.Diagnostics;
using Disclosure.Pipeline;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Tests.Security;

/// <summary>
/// A bounded property-based test: the example content, mutated — YAML values, Markdown structure, bytes, file
/// names, links out of the folder — thousands of times. Whatever the content, the build returns (no exception), fails
/// exactly when it reports an error, names a file for every error, never reports an internal error, and a build that
/// succeeds publishes no words that the content marks as redacted.
/// </summary>
public sealed partial class ContentFuzzTests(ITestOutputHelper output)
{
    /// <summary>
    /// Cases and seconds, whichever ends first; a failure prints the seed that reproduces it. A longer search, before a
    /// release: <c>DISCLOSURE_FUZZ_SECONDS=1800</c>.
    /// </summary>
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("DISCLOSURE_FUZZ_SECONDS"), out var s) ? s : 60;
    private static readonly int Cases = Seconds * 100;

    private static readonly string[] Files = Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepositoryPaths.Content, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal).ToArray();

    /// <summary>Words a fuzz case redacts; distinctive, so that finding one in the output can only be a leak.</summary>
    private static readonly string[] Secrets = ["株式会社ふずひみつ", "FUZZSECRET7781", "秘密の分室ＺＱ"];

    private static readonly string[] Values =
    [
        "", "~", "null", "\"\"", "'", "\"", "[", "{", "[a, b", "*alias", "&anchor x", "|", ">", "!!binary AAAA", "- x", "? x",
        "2026-02-30", "9999-12-31", "0001-01-01", "2026-1-1", "99999999999999999999", "-1", "0", "true", "yes",
        "basic", "full", "published", "draft", "javascript:alert(1)", "https://例え.jp/", "data:text/html,x",
        "\"a\0b\"", "\"\\u0000\"", "\"\\u202Eevil\"", "a\tb", "全角：コロン", "住民基本台帳、税", "[住民基本台帳、税]",
        $"\"{{{{redact 理由|{Secrets[0]}}}}}\"", $"\"{{{{非公開 理由｜{Secrets[1]}}}}}\"", $"\"{{{{redact 理由 {Secrets[2]}}}}}\"",
        "\"{{redact|\"", "\"｛｛redact 理由|語｝｝\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    ];

    private static readonly string[] Lines =
    [
        "", "#", "###### 見出し", "####### 七つ", "> > > > 引用", "- - - - 項目", "1. 2. 3.", "```", "~~~ js", "    コード",
        "| a | b |", "| --- |", "|---|---|", "***", "___", "[^1]", "[^1]: 注", "[x]: javascript:alert(1)", "[a](javascript:alert(1))",
        "![i](data:text/html,x)", "<javascript:alert(1)>", "<script>alert(1)</script>", "<div onclick=x>", "&#106;avascript:",
        "[a](<java\tscript:x>)", "::: redact 理由", ":::", "::: 非公開", $"{{{{redact 理由|{Secrets[0]}}}}}",
        $"`{{{{redact 理由|{Secrets[1]}}}}}`", $"::: redact 理由\n{Secrets[2]}\n:::", "{{redact 理由|閉じない", "\\{{redact 例|見本}}",
        "[link](../nowhere.md)", "[link](/assessments/nowhere/)", "[link](#nowhere)", "<https://xn--p8j0a.example/>",
        string.Concat(Enumerable.Repeat("> ", 150)) + "深い", string.Concat(Enumerable.Repeat("[", 500)), string.Concat(Enumerable.Repeat("*a ", 300)),
        "\u0000", "\u200B\u200E\u202E", "\uFEFF", "---", "...", "title: 紛れ込んだ項目",
    ];

    private static readonly string[] Bytes = ["\0", "\u00FF\u00FE", "\u00EF\u00BB\u00BF", "\u0080", "\u00C3", "\u001B$B", "\r", "\r\n", "\u007F", "---\n"];

    private static readonly string[] Names = ["FOO.md", "a b.md", "日本語.md", ".hidden.md", "x.MD", "x.txt", "index.md", "by-status.md", "con.md", "x..md", "-.md"];

    private static readonly Gen<ContentMutation> Mutation =
        Gen.Int[0, 6].SelectMany(kind => Gen.Select(Gen.Int[0, 999], Gen.Int[0, 1000], PayloadFor((MutationKind)kind),
            (file, where, payload) => new ContentMutation((MutationKind)kind, file, where, payload)));

    private static Gen<string> PayloadFor(MutationKind kind) => kind switch
    {
        MutationKind.ReplaceYamlValue => Pick(Values),
        MutationKind.InsertMarkdownLine => Pick(Lines),
        MutationKind.InsertBytes => Pick(Bytes),
        MutationKind.RenameFile or MutationKind.LinkOutside => Pick(Names),
        _ => Pick([""]),
    };

    private static Gen<string> Pick(string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    [Fact]
    public void Mutated_example_content_never_crashes_the_build_nor_publishes_redacted_words()
    {
        const int minimumCases = 500;
        var cases = 0;
        void Run(ContentMutation[] mutations)
        {
            Interlocked.Increment(ref cases);
            Check(mutations);
        }
        static string Print(ContentMutation[] m) => string.Join("\n", m.Select(x => x.ToString()));
        Mutation.Array[1, 3].Sample(Run, iter: Cases, time: Seconds, threads: Environment.ProcessorCount, print: Print);
        if (cases < minimumCases)
        {
            // A busy machine runs fewer cases in the time given; the number of cases is what makes the run worth
            // having, so the rest are run without the time budget rather than the test failing for the machine.
            Mutation.Array[1, 3].Sample(Run, iter: minimumCases - cases, threads: Environment.ProcessorCount, print: Print);
        }
        output.WriteLine($"{cases} cases");
        Assert.True(cases >= minimumCases, $"only {cases} cases ran");
    }

    private static void Check(ContentMutation[] mutations)
    {
        // On tmpfs where there is one: the test measures the build, not the disk.
        var root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "disclosure-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(root, "content");
            FolderCopy.Copy(RepositoryPaths.Content, content);
            foreach (var mutation in mutations)
            {
                mutation.Apply(content, Files);
            }
            var output = Path.Combine(root, "output");
            var result = new SiteBuilder(new BuildOptions
            {
                ContentDirectory = content,
                ThemeDirectory = RepositoryPaths.Theme,
                OutputDirectory = output,
                Now = TokyoTime.StartOf(new DateOnly(2026, 11, 30)),
            }).BuildAsync().GetAwaiter().GetResult();

            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.Equal(errors.Count == 0, result.Succeeded);
            Assert.All(errors, e => Assert.True(e.Path.StartsWith(content, StringComparison.Ordinal) && e.Line >= 1, $"an error without a content file: {e}"));
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("内部エラー"));
            if (result.Succeeded)
            {
                AssertNoRedactedWords(content, output);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The redacted words, found with a pattern of this test's own, must appear in no output file.</summary>
    private static void AssertNoRedactedWords(string content, string output)
    {
        var withheld = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            withheld.UnionWith(InlineRedaction().Matches(text).Select(m => m.Groups[1].Value.Trim()));
            withheld.UnionWith(BlockRedaction().Matches(text).SelectMany(m => m.Groups[1].Value.Split('\n')).Select(l => l.Trim()));
        }
        withheld.RemoveWhere(w => w.Length < 6);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var text = WebUtility.HtmlDecode(Encoding.UTF8.GetString(File.ReadAllBytes(file)));
            foreach (var words in withheld)
            {
                Assert.False(text.Contains(words, StringComparison.Ordinal), $"{Path.GetRelativePath(output, file)} publishes redacted words");
            }
        }
    }

    [GeneratedRegex(@"\{\{(?:redact|非公開)[^|｜}]*[|｜]([^}]+)\}\}")]
    private static partial Regex InlineRedaction();

    [GeneratedRegex(@"(?m)^:::\s*(?:redact|非公開).*\n((?:(?!:::).*\n)*?):::\s*$")]
    private static partial Regex BlockRedaction();
}
