using Disclosure.Content;
using Disclosure.Time;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ValidateReferences"/>, with the last content it was given and what it gave back.
/// What that phase finds and sets aside depends only on each document's address, file and the fields it checks
/// (<see cref="ValidateReferences.WhatItReads"/>: publication, references, tags, steps), on the files that could not
/// be read, on the day and on whether drafts are shown. While all of those are as they were — an edit of a body or a title — its findings are the last build's, and the content it publishes is the last build's with each edited document put
/// in its place: ten thousand documents are not grouped, looked up and filtered again.
/// </summary>
public sealed class ValidatedContent
{
    private Validated? _last;

    public IPhase<SiteContent, PublishedContent> Around(IPhase<SiteContent, PublishedContent> validate, BuildOptions options) =>
        Phase.From<SiteContent, PublishedContent>(content =>
        {
            var today = TokyoTime.DateOf(options.Now);
            if (_last is { } last && last.Today == today && last.IncludeDrafts == options.IncludeDrafts
                && last.Input.Site == content.Site && ReferenceEquals(last.Input.AccessibilityReport, content.AccessibilityReport)
                && last.Input.Unreadable.SequenceEqual(content.Unreadable)
                && Edited(last.Input, content) is { } edited)
            {
                return edited.Count == 0 ? last.Output : last.Output with { Content = Swapped(last.Output.Content, edited) };
            }
            var published = validate.Execute(content);
            _last = new Validated(content, today, options.IncludeDrafts, published);
            return published;
        });

    /// <summary>
    /// The documents of the last build that were read again with the same address, file and checked fields, each with
    /// its new reading; null when any document came, went or has other checked fields.
    /// </summary>
    private static Dictionary<ContentDocument, ContentDocument>? Edited(SiteContent before, SiteContent now) =>
        EditedDocuments.Between(before, now, (was, @is) => was.Source.DisplayPath == @is.Source.DisplayPath
            && Equals(ValidateReferences.WhatItReads(was), ValidateReferences.WhatItReads(@is)));

    private static SiteContent Swapped(SiteContent published, Dictionary<ContentDocument, ContentDocument> edited)
    {
        List<T> Swap<T>(IReadOnlyList<T> documents) where T : ContentDocument =>
            documents.Select(d => edited.TryGetValue(d, out var now) ? (T)now : d).ToList();
        return published with
        {
            Assessments = Swap(published.Assessments),
            Schedules = Swap(published.Schedules),
            CommentPeriods = Swap(published.CommentPeriods),
            Meetings = Swap(published.Meetings),
            News = Swap(published.News),
            Pages = Swap(published.Pages),
        };
    }

    private sealed record Validated(SiteContent Input, DateOnly Today, bool IncludeDrafts, PublishedContent Output);
}
