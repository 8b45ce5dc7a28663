namespace Disclosure.Content;

/// <summary>
/// One row of an assessment's change record (別添3 変更箇所): 変更日, 項目, 変更前の記載, 変更後の記載, 提出時期 and
/// 提出時期に係る説明. Text fields hold what readers see, redaction placeholders in place. Equal entries are the same
/// entry: a version's new entries are those its predecessor did not have.
/// </summary>
/// <param name="Before">Empty for an item the change added.</param>
/// <param name="Reason">Empty when none was written.</param>
public sealed record ChangeEntry(DateOnly Date, string Item, string Before, string After, SubmissionTiming Timing, string Reason);
