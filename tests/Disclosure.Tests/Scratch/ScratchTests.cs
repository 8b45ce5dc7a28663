using Disclosure.Tests.Support;
using Xunit.Abstractions;

namespace Disclosure.Tests.Scratch;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Timing()
    {
        for (var i = 0; i < 4; i++)
        {
            using var site = TempSite.With(("assessments/a.md", SampleContent.Assessment("## 基本情報\n\n本文\n\n## その他\n\n[x](/assessments/a/#基本情報x)\n")));
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var r = await site.BuildAsync();
            output.WriteLine($"{i}: {sw.ElapsedMilliseconds} ms {r.Succeeded}");
            foreach (var d in r.Diagnostics) output.WriteLine(d.ToString());
        }
    }

    [Fact]
    public async Task Duplicate()
    {
        using var site = TempSite.With(("assessments/x.md", SampleContent.Assessment()), ("assessments/x/index.md", SampleContent.Assessment()));
        try
        {
            var r = await site.BuildAsync();
            foreach (var d in r.Diagnostics) output.WriteLine(d.ToString());
        }
        catch (Exception e) { output.WriteLine(e.ToString()); }
    }

    [Fact]
    public async Task BadYaml()
    {
        using var site = TempSite.With(("assessments/x.md", "---\ntitle: a\nkind: full: x\ndate: [2015\n---\n"));
        var r = await site.BuildAsync();
        foreach (var d in r.Diagnostics) output.WriteLine(d.ToString());
    }
}
