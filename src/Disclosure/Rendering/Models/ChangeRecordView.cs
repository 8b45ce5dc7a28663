using Disclosure.Content;

namespace Disclosure.Rendering.Models;

/// <summary>A table of change entries (<c>_ChangeRecord</c>): the whole record on an assessment's page, one version's additions on its revision page.</summary>
/// <param name="CaptionId">The caption's id, which the table's scroll region is labelled by.</param>
/// <param name="CaptionShown">
/// False where a heading that says the same stands right above the table: the caption then names the table for
/// screen readers' table navigation only, and the page does not show the same words twice.
/// </param>
public sealed record ChangeRecordView(string CaptionId, string Caption, IReadOnlyList<ChangeEntry> Entries, bool CaptionShown = true);
