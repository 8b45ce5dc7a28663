using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 5: checks that every id a document names exists and points back consistently, and sets drafts aside
/// (with everything that only exists for them) unless drafts were asked for. Input: every document read. Output
/// <see cref="PublishedContent"/>: what this build publishes, and why the rest is withheld.
/// </summary>
public sealed class ValidateReferences(BuildOptions options) : IPhase<SiteContent, PublishedContent>
{
    private readonly DiagnosticBag _diagnostics = new();

    public PublishedContent Execute(SiteContent content)
    {
        ReportDuplicateIds(content);
        ReportReservedIds(content);
        // Keep one document per URL, and none on a URL of the site's own, so later phases can go on and report
        // everything else in this build.
        content = content with
        {
            Assessments = FirstOfEachUrl(content.Assessments).Where(a => !SiteRoutes.IsReserved(a)).ToList(),
            CommentPeriods = FirstOfEachUrl(content.CommentPeriods),
        };

        var assessments = ById(content.Assessments);
        var schedules = ById(content.Schedules);
        var periods = ById(content.CommentPeriods);
        var linkTargets = LinkTargets(content);

        foreach (var a in content.Assessments)
        {
            if (a.ScheduleId is { } s)
            {
                if (!schedules.TryGetValue(s, out var schedule))
                {
                    Missing(a, "schedule", s, DocumentCollection.Schedules, "スケジュール", content);
                }
                else if (schedule.AssessmentId != a.Id)
                {
                    Error(a, "schedule", $"スケジュール「{s}」は別の評価書「{schedule.AssessmentId}」のものです。");
                }
            }
            if (a.CommentPeriodId is { } p)
            {
                if (!periods.TryGetValue(p, out var period))
                {
                    Missing(a, "comment_period", p, DocumentCollection.CommentPeriods, "意見募集", content);
                }
                else if (period.AssessmentId != a.Id)
                {
                    Error(a, "comment_period", $"意見募集「{p}」は別の評価書「{period.AssessmentId}」のものです。");
                }
            }
        }

        foreach (var s in content.Schedules)
        {
            CheckAssessment(s, s.AssessmentId, assessments, content);
            foreach (var step in s.Steps)
            {
                if (step.Link is { } link && !linkTargets.Contains(link))
                {
                    _diagnostics.Error(s.Source.DisplayPath, step.Line,
                        $"手順「{step.Title}」の「link」に書かれた「{link}」という会議・意見募集・ページはありません。");
                }
            }
        }

        foreach (var p in content.CommentPeriods)
        {
            CheckAssessment(p, p.AssessmentId, assessments, content);
        }

        return SetUnpublishedAside(content) with { Unmade = Unmade(content, assessments) };
    }

    /// <summary>See <see cref="PublishedContent.Unmade"/>.</summary>
    private static HashSet<string> Unmade(SiteContent content, Dictionary<string, Assessment> assessments) =>
        content.Unreadable.Select(u => u.Url)
            .Concat(content.Schedules.Where(s => !assessments.ContainsKey(s.AssessmentId)).Select(s => s.Url))
            .Concat(content.CommentPeriods.Where(p => !assessments.ContainsKey(p.AssessmentId)).Select(p => p.Url))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Sets aside what must not be published today: drafts (unless asked for), private documents, documents before
    /// their <c>publish_at</c> day, comment periods before their <c>announce</c> day, and what belongs only to them.
    /// </summary>
    private PublishedContent SetUnpublishedAside(SiteContent content)
    {
        var today = TokyoTime.DateOf(options.Now);
        var withheld = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in content.All)
        {
            if (Withholding(document, today) is { } reason)
            {
                withheld[document.Url] = reason;
            }
        }
        foreach (var document in content.Schedules.Cast<ContentDocument>().Concat(content.CommentPeriods))
        {
            var assessment = document is Schedule s ? s.AssessmentId : ((CommentPeriod)document).AssessmentId;
            if (withheld.ContainsKey(SiteRoutes.Document(DocumentCollection.Assessments, assessment)))
            {
                withheld.TryAdd(document.Url, $"評価書「{assessment}」が公開されていないため");
            }
        }

        bool Published(ContentDocument d) => !withheld.ContainsKey(d.Url);
        var published = content with
        {
            Assessments = content.Assessments.Where(Published).ToList(),
            Schedules = content.Schedules.Where(Published).ToList(),
            CommentPeriods = content.CommentPeriods.Where(Published).ToList(),
            Meetings = content.Meetings.Where(Published).ToList(),
            News = content.News.Where(Published).ToList(),
            Pages = content.Pages.Where(Published).ToList(),
        };
        ReportStepLinksToHiddenDocuments(content, published);
        return new PublishedContent(published, withheld, _diagnostics.Items);
    }

    private string? Withholding(ContentDocument document, DateOnly today) => document switch
    {
        { Publication.IsPrivate: true } => "非公開（private: true）のため",
        Assessment { Status: AssessmentStatus.Draft } when !options.IncludeDrafts => "下書き（status: draft）のため",
        { Publication.PublishAt: { } from } when from > today => $"公開日（publish_at: {JapaneseDate.Iso(from)}）の前のため",
        CommentPeriod period when period.Announce > today => $"掲載開始日（announce: {JapaneseDate.Iso(period.Announce)}）の前のため",
        _ => null,
    };

    /// <summary>
    /// A schedule may name a step whose page is not out yet (it simply shows no link until then), but never one
    /// that is private or a draft: that would be a promise of a page that may never come.
    /// </summary>
    private void ReportStepLinksToHiddenDocuments(SiteContent all, SiteContent published)
    {
        var hidden = all.All
            .Where(d => d.Publication.IsPrivate || d is Assessment { Status: AssessmentStatus.Draft } && !options.IncludeDrafts)
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        var periodsOfHiddenAssessments = all.CommentPeriods.Where(p => hidden.Contains(p.AssessmentId)).Select(p => p.Id);
        hidden.UnionWith(periodsOfHiddenAssessments);
        foreach (var schedule in published.Schedules)
        {
            foreach (var step in schedule.Steps.Where(s => s.Link is not null && hidden.Contains(s.Link)))
            {
                _diagnostics.Error(schedule.Source.DisplayPath, step.Line,
                    $"手順「{step.Title}」の「link」の「{step.Link}」は非公開か下書きのため、リンクできません。");
            }
        }
    }

    private void ReportDuplicateIds(SiteContent content)
    {
        // Hosts that ignore letter case (IIS, which many municipalities use) would serve both from one folder.
        foreach (var group in content.All.GroupBy(d => d.Url, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var paths = string.Join("、", group.Select(d => d.Source.DisplayPath));
            var caseOnly = group.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() > 1;
            foreach (var d in group)
            {
                _diagnostics.Error(d.Source.DisplayPath, 1, caseOnly
                    ? $"ID「{d.Id}」は別の文書（{paths}）と大文字・小文字だけが違います。大文字・小文字を区別しないサーバー（IIS など）では同じ URL になるため、どちらかの名前を変えてください。"
                    : $"ID「{d.Id}」が重複しています（{paths}）。どちらかの名前を変えてください。");
            }
        }
        ReportTagVariants(content);

        // A step link names a bare id, so an id shared between meetings, comment periods and pages is ambiguous.
        var linkable = content.Meetings.Cast<ContentDocument>().Concat(content.CommentPeriods).Concat(content.Pages);
        foreach (var group in linkable.GroupBy(d => d.Id).Where(g => g.Select(d => d.Collection).Distinct().Count() > 1))
        {
            var paths = string.Join("、", group.Select(d => d.Source.DisplayPath));
            foreach (var d in group)
            {
                _diagnostics.Error(d.Source.DisplayPath, 1, $"ID「{d.Id}」が会議・意見募集・ページの間で重複しています（{paths}）。スケジュールから区別できるよう名前を変えてください。");
            }
        }
    }

    /// <summary>Reported whether or not the document is published: a draft named so would hide the site's own page.</summary>
    private void ReportReservedIds(SiteContent content)
    {
        foreach (var document in content.All.Where(SiteRoutes.IsReserved))
        {
            _diagnostics.Error(document.Source.DisplayPath, 1,
                $"{UrlClash.Message(document.Url)}（{string.Join("、", SiteRoutes.ReservedAssessmentIds)} は使えません）。");
        }
    }

    /// <summary>
    /// Tags become folder names: two spellings that differ only in letter case or width (「IT」「ＩＴ」「it」) would be
    /// one folder on some hosts and two confusingly similar lists on others, so all must be written alike.
    /// </summary>
    private void ReportTagVariants(SiteContent content)
    {
        var first = new Dictionary<string, (string Tag, Assessment Assessment)>(StringComparer.Ordinal);
        // Ten thousand assessments share a few hundred tags: each spelling is folded once.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in content.Assessments)
        {
            foreach (var tag in a.Tags)
            {
                if (!keys.TryGetValue(tag, out var key))
                {
                    keys[tag] = key = tag.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant();
                }
                if (!first.TryAdd(key, (tag, a)) && first[key] is var seen && seen.Tag != tag)
                {
                    Error(a, "tags", $"タグ「{tag}」は、{seen.Assessment.Source.DisplayPath} のタグ「{seen.Tag}」と大文字・小文字や全角・半角だけが違います。同じ書き方にそろえてください。");
                }
            }
        }
    }

    /// <summary>
    /// What this phase reads of a document besides its address and file: when it is public, and the references,
    /// tags and steps it checks, with the lines it reports them at. Two readings of a document with equal values here
    /// are checked alike, which lets the preview keep the findings while words and titles change. Whatever this phase
    /// comes to read of a document must be added here.
    /// </summary>
    public static object WhatItReads(ContentDocument document) => (document.Publication, document switch
    {
        Assessment a => (object)(a.Status, a.ScheduleId, a.CommentPeriodId, string.Join('\u001f', a.Tags),
            a.LineOf("schedule"), a.LineOf("comment_period"), a.LineOf("tags")),
        Schedule s => (s.AssessmentId, s.LineOf("assessment"), string.Join('\u001e', s.Steps.Select(step => $"{step.Title}\u001f{step.Link}\u001f{step.Line}"))),
        CommentPeriod p => (p.AssessmentId, p.Announce, p.LineOf("assessment")),
        _ => null,
    });

    private static List<T> FirstOfEachUrl<T>(IReadOnlyList<T> documents) where T : ContentDocument =>
        documents.GroupBy(d => d.Url, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();

    /// <summary>What a step may link to; a document that could not be read is there all the same.</summary>
    private static HashSet<string> LinkTargets(SiteContent content) =>
        content.Meetings.Select(m => m.Id).Concat(content.CommentPeriods.Select(p => p.Id)).Concat(content.Pages.Select(p => p.Id))
            .Concat(content.Unreadable.Where(u => u.Collection is DocumentCollection.Meetings or DocumentCollection.CommentPeriods or DocumentCollection.Pages).Select(u => u.Id))
            .ToHashSet(StringComparer.Ordinal);

    private void CheckAssessment(ContentDocument document, string assessmentId, Dictionary<string, Assessment> assessments, SiteContent content)
    {
        if (!assessments.ContainsKey(assessmentId))
        {
            Missing(document, "assessment", assessmentId, DocumentCollection.Assessments, "評価書", content);
        }
    }

    /// <summary>
    /// Reports an id that names no document — unless it names one that is there but could not be read: that has its
    /// own error, and a second one here would send staff looking for a file that exists.
    /// </summary>
    private void Missing(ContentDocument document, string field, string id, DocumentCollection collection, string what, SiteContent content)
    {
        if (!content.Unreadable.Any(u => u.Collection == collection && u.Id == id))
        {
            Error(document, field, $"「{field}」に書かれた{what}「{id}」がありません（content/{SiteRoutes.FolderOf(collection)}/ にその名前のファイルがありません）。");
        }
    }

    private void Error(ContentDocument document, string field, string message) =>
        _diagnostics.Error(document.Source.DisplayPath, document.LineOf(field), message);

    private static Dictionary<string, T> ById<T>(IEnumerable<T> documents) where T : ContentDocument =>
        documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
