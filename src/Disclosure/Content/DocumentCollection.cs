namespace Disclosure.Content;

/// <summary>The content folders; each maps to a URL prefix of the same name.</summary>
public enum DocumentCollection
{
    Assessments,
    Schedules,
    CommentPeriods,
    Meetings,
    News,
    Pages,
}
