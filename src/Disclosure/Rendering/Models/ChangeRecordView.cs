using Disclosure.Content;

namespace Disclosure.Rendering.Models;

/// <summary>A table of change entries (<c>_ChangeRecord</c>): the whole record on an assessment's page, one version's additions on its revision page.</summary>
/// <param name="CaptionId">The caption's id, which the table's scroll region is labelled by.</param>
public sealed record ChangeRecordView(string CaptionId, string Caption, IReadOnlyList<ChangeEntry> Entries);
