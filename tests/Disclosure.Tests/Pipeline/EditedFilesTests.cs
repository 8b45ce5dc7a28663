using Disclosure.Pipeline.Incremental;

namespace Disclosure.Tests.Pipeline;

public sealed class EditedFilesTests
{
    private static readonly string Content = Path.Combine(Path.GetTempPath(), "site", "content");
    private static readonly string Page = Path.Combine(Content, "news", "a.md");

    [Fact]
    public void Nothing_is_known_before_the_watcher_reports_or_after_it_lost_events()
    {
        var edits = new EditedFiles();
        Assert.Null(edits.Take());
        Assert.NotNull(edits.Take());

        edits.Saw(Page);
        edits.Lost();
        Assert.Null(edits.Take());
    }

    [Fact]
    public void Each_build_takes_what_was_seen_since_the_one_before()
    {
        var edits = new EditedFiles();
        edits.Take();
        edits.Saw(Page);

        Assert.True(edits.Take()!.MayHaveChanged(Page, null));
        Assert.False(edits.Take()!.MayHaveChanged(Page, null));
    }

    [Fact]
    public void Too_many_edits_at_once_make_every_file_be_looked_at()
    {
        var edits = new EditedFiles();
        edits.Take();
        for (var i = 0; i < 1000; i++)
        {
            edits.Saw(Path.Combine(Content, "news", $"{i}.md"));
        }
        Assert.Null(edits.Take());
    }

    [Theory]
    [InlineData("news/a.md", "news/a.md", null, true)]
    [InlineData("news/b.md", "news/a.md", null, false)]
    [InlineData("news/a.md.bak", "news/a.md", null, false)]
    // A folder renamed or deleted is one event for the folder, not one for each file in it.
    [InlineData("news", "news/a.md", null, true)]
    [InlineData("new", "news/a.md", null, false)]
    // An assessment that is a folder changes with any file in it (its attachments).
    [InlineData("assessments/x/table.pdf", "assessments/x/index.md", "assessments/x", true)]
    [InlineData("assessments/xy/table.pdf", "assessments/x/index.md", "assessments/x", false)]
    [InlineData("assessments/x/table.pdf", "assessments/x/index.md", null, false)]
    public void A_file_may_have_changed_when_it_a_folder_holding_it_or_its_own_folder_was_seen(string seen, string file, string? folder, bool changed)
    {
        var edited = new EditedPaths([Path.Combine(Content, seen)]);
        Assert.Equal(changed, edited.MayHaveChanged(Path.Combine(Content, file), folder is null ? null : Path.Combine(Content, folder)));
    }

    [Theory]
    // An edit of a file the listing holds, or of anything further down, leaves the folder's entries as they were.
    [InlineData("news/a.md", false)]
    [InlineData("news/sub/b.md", false)]
    [InlineData("newsletter/c.md", false)]
    // Something new, or gone, directly in the folder.
    [InlineData("news/c.md", true)]
    [InlineData("news/gone.md", true)]
    // The folder itself, or a folder holding it, renamed or deleted.
    [InlineData("news", true)]
    [InlineData("", true)]
    public void A_folders_entries_may_have_changed_when_something_directly_in_it_came_went_or_it_went_itself(string seen, bool changed)
    {
        var edited = new EditedPaths([Path.Combine(Content, seen)]);
        var folder = Path.Combine(Content, "news");
        // "a.md" is still there as listed; "gone.md" was listed but is there no more.
        bool listedAsItIs(string path) => path == Page;
        Assert.Equal(changed, edited.MayHaveChangedEntriesOf(folder, listedAsItIs));
    }
}
