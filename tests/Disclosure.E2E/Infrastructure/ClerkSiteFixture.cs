using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// A site written as a city's staff write, not as the example content was written for the generator
/// (<c>tests/Disclosure.E2E/Fixtures/ClerkSite</c>): an assessment whose headings start at <c>###</c> and skip a level,
/// with sentences broken across lines, full-width punctuation and table cells broken with <c>&lt;br&gt;</c>; minutes
/// in the real shape, headings from <c>###</c> and long speaker turns (○部会長 …) broken mid-sentence; a page that
/// uses every heading level down to <c>######</c>. The town and its people are invented.
/// </summary>
public sealed class ClerkSiteFixture : BuiltSiteFixture
{
    public const string Assessment = "/assessments/kojin-jumin-zei/";
    public const string CommentPeriod = "/comment-periods/kojin-jumin-zei-iken/";
    public const string Minutes = "/meetings/bukai-2026-11-20/";
    public const string DeepPage = "/pages/hyouka-tejun/";

    /// <summary>The content as it is in the repository, to read what was written.</summary>
    public static string Source => Path.Combine(RepositoryPaths.Root, "tests", "Disclosure.E2E", "Fixtures", "ClerkSite");

    protected override IEnumerable<string> BuildArguments => ["--no-search"];

    protected override Task<string> ContentDirectoryAsync()
    {
        var content = Path.Combine(WorkFolder, "content");
        FolderCopy.Copy(Source, content);
        return Task.FromResult(content);
    }
}
