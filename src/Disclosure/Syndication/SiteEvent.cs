namespace Disclosure.Syndication;

/// <summary>Something that happened on the site, for feeds: a news item, a new or revised assessment, a period opening, a result.</summary>
/// <param name="Key">Stable across builds, so feed readers recognise an entry they have seen.</param>
/// <param name="AssessmentId">The assessment it concerns, for that assessment's own feed.</param>
public sealed record SiteEvent(string Key, string Title, string Path, DateOnly Date, string Summary, string Category, string? AssessmentId);
