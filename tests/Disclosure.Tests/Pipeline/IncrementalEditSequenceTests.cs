using CsCheck;
using Disclosure.Pipeline;
using Disclosure.Pipeline.Incremental;
using Disclosure.Testing;
using Disclosure.Tests.Support;
using Disclosure.Time;
using Xunit.Abstractions;

namespace Disclosure.Tests.Pipeline;

/// <summary>
/// A bounded property-based test of the preview's builds: the example content is edited the way staff edit it —
/// titles, dates, paragraphs, headings, links between documents, a news item added or removed, a document leaving the
/// lists, a mistake made in a header and mended — in random sequences, and after every edit the incremental build
/// (one <see cref="IncrementalPhases"/> for the whole sequence) must succeed or fail as a fresh full build does,
/// report the same errors, and, when it succeeds, write the same files byte for byte. The preview's builds are told which files each edit changed, as its file watcher tells them, so
/// the files it was not told of are taken as they were. A failure prints the seed that reproduces it.
/// </summary>
public sealed class IncrementalEditSequenceTests(ITestOutputHelper output)
{
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("DISCLOSURE_FUZZ_SECONDS"), out var s) ? s : 40;

    private static readonly Gen<StaffEdit> Edit =
        Gen.Select(Gen.Enum<StaffEditKind>(), Gen.Int[0, 999], Gen.Int[0, 999], (kind, file, other) => new StaffEdit(kind, file, other));

    [Fact]
    public void After_every_edit_the_preview_writes_what_a_full_build_writes()
    {
        var cases = 0;
        var edits = 0;
        Edit.Array[3, 6].Sample(sequence =>
        {
            Interlocked.Increment(ref cases);
            Interlocked.Add(ref edits, Check(sequence));
        }, iter: 10_000, time: Seconds, threads: Environment.ProcessorCount, print: s => string.Join("\n", s.Select(e => e.ToString())));
        output.WriteLine($"{cases} sequences, {edits} edits");
        Assert.True(cases >= 2, $"only {cases} sequences ran within {Seconds} s");
    }

    private static int Check(StaffEdit[] sequence)
    {
        var root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "disclosure-edits-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(root, "content");
            FolderCopy.Copy(RepositoryPaths.Content, content);
            var phases = new IncrementalPhases();
            var preview = Path.Combine(root, "preview");
            Assert.True(Build(content, preview, phases).Succeeded);
            for (var step = 0; step < sequence.Length; step++)
            {
                var before = FilesIn(content);
                sequence[step].Apply(content, step);
                // As the preview's file watcher would: the build is told which files changed, and looks at no other.
                var after = FilesIn(content);
                phases.Edited(new EditedPaths(before.Keys.Union(after.Keys)
                    .Where(f => !before.TryGetValue(f, out var b) || !after.TryGetValue(f, out var a) || b != a).ToList()));
                var incremental = Build(content, preview, phases);
                var full = Build(content, Path.Combine(root, $"full-{step}"), null);
                Assert.True(incremental.Succeeded == full.Succeeded,
                    $"after edit {step + 1} the preview {(incremental.Succeeded ? "succeeded" : "failed")} but a full build {(full.Succeeded ? "succeeded" : "failed")}:\n"
                    + string.Join('\n', incremental.Diagnostics.Concat(full.Diagnostics)));
                Assert.True(Errors(incremental).SequenceEqual(Errors(full)),
                    $"after edit {step + 1} the preview reported other errors than a full build:\n{string.Join('\n', Errors(incremental))}\n---\n{string.Join('\n', Errors(full))}");
                if (full.Succeeded)
                {
                    var expected = OutputSnapshot.Of(Path.Combine(root, $"full-{step}"));
                    var actual = OutputSnapshot.Of(preview);
                    var differing = expected.Keys.Union(actual.Keys)
                        .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a).ToList();
                    Assert.True(differing.Count == 0, $"after edit {step + 1} the preview differs from a full build in: {string.Join(", ", differing.Take(10))}");
                }
            }
            return sequence.Length;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>The errors of a build, where and what, in order; the two builds' outputs go to different folders, which no error names.</summary>
    private static List<string> Errors(BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Disclosure.Diagnostics.DiagnosticSeverity.Error)
            .Select(d => $"{d.Path}:{d.Line}: {d.Message}").Order(StringComparer.Ordinal).ToList();

    private static Dictionary<string, string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(Path.GetFullPath, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static BuildResult Build(string content, string output, IncrementalPhases? phases) =>
        new SiteBuilder(new BuildOptions
        {
            ContentDirectory = content,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = output,
            Now = TokyoTime.StartOf(new DateOnly(2026, 11, 30)),
        }, phases).BuildAsync().GetAwaiter().GetResult();
}
