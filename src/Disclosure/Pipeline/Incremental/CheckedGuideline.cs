using Disclosure.Content;
using Disclosure.Guideline;
using Disclosure.Time;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="CheckGuideline"/>, with the last content it was given and what it found. Its findings
/// depend only on what it reads of each document (<see cref="CheckGuideline.WhatItReads"/>: the judgment's facts,
/// dates, kinds, the schedules' steps and the periods' days, with the lines its messages name), on the files that
/// could not be read and on the day. While all of those are as they were — an edit of a body or a title — the last
/// findings stand, and ten thousand assessments are not grouped and judged again on every save.
/// </summary>
public sealed class CheckedGuideline
{
    private (SiteContent Input, DateOnly Today, GuidelineFindings Output)? _last;

    public IPhase<SiteContent, GuidelineFindings> Around(IPhase<SiteContent, GuidelineFindings> check, BuildOptions options) =>
        Phase.From<SiteContent, GuidelineFindings>(content =>
        {
            var today = TokyoTime.DateOf(options.Now);
            if (_last is { } last && last.Today == today && last.Input.Unreadable.SequenceEqual(content.Unreadable)
                && EditedDocuments.Between(last.Input, content, (was, @is) => was.Source.DisplayPath == @is.Source.DisplayPath
                    && Equals(CheckGuideline.WhatItReads(was), CheckGuideline.WhatItReads(@is))) is not null)
            {
                return last.Output;
            }
            var findings = check.Execute(content);
            _last = (content, today, findings);
            return findings;
        });
}
