namespace Disclosure.Accessibility;

/// <summary>
/// The result of the last accessibility test run (written by the E2E tests), shown on the accessibility page as its
/// 試験結果, in the form 総務省「みんなの公共サイト運用ガイドライン」 describes.
/// </summary>
public sealed record AccessibilityReport(
    DateOnly Tested,
    string Standard,
    string Target,
    string Method,
    string Tool,
    IReadOnlyList<string> Pages,
    IReadOnlyList<CriterionResult> Criteria);

/// <param name="Result">適合 / 不適合 / 要確認 / 該当なし / 自動試験の対象外.</param>
public sealed record CriterionResult(string Id, string Name, string Level, string Result, IReadOnlyList<string> Rules);
