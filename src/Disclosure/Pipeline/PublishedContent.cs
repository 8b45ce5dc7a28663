using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <param name="WithheldUrls">URLs of drafts (and their schedules and periods) left out of this build, so a link to one can be explained.</param>
public sealed record PublishedContent(SiteContent Content, IReadOnlySet<string> WithheldUrls);
