namespace Disclosure.Accessibility;

/// <summary>Turns axe outcomes of many pages into a result per success criterion.</summary>
public static class AccessibilityReportBuilder
{
    public static AccessibilityReport Build(DateOnly tested, string tool, IReadOnlyCollection<AxeRuleOutcome> outcomes)
    {
        var byCriterion = outcomes
            .SelectMany(o => o.Tags.Select(SuccessCriteria.FromAxeTag).OfType<string>().Select(c => (Criterion: c, Outcome: o)))
            .GroupBy(x => x.Criterion)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Outcome).ToList());

        var criteria = SuccessCriteria.All.Select(c =>
        {
            if (!byCriterion.TryGetValue(c.Id, out var results))
            {
                return new CriterionResult(c.Id, c.Name, c.Level, "自動試験の対象外（目視・手動で確認）", []);
            }
            var result = results.Any(r => r.Outcome == AxeOutcome.Violation) ? "不適合"
                : results.Any(r => r.Outcome == AxeOutcome.Incomplete) ? "要確認"
                : results.Any(r => r.Outcome == AxeOutcome.Pass) ? "適合"
                : "該当なし";
            return new CriterionResult(c.Id, c.Name, c.Level, result, results.Select(r => r.RuleId).Distinct().Order(StringComparer.Ordinal).ToList());
        }).ToList();

        return new AccessibilityReport(
            tested,
            "JIS X 8341-3:2016（WCAG 2.0 と一致）および WCAG 2.2",
            "適合レベル AA",
            "各種類のページを、画面幅 1280 px と 320 px の Chromium で表示し、axe による自動試験を行いました（WCAG 2.2 の A・AA の規則）。あわせて、キーボードだけでの操作、フォーカスの表示、320 px でのリフロー、JavaScript なしでの閲覧・送信を自動テストで確認しています。",
            tool,
            outcomes.Select(o => o.Page).Distinct().Order(StringComparer.Ordinal).ToList(),
            criteria);
    }
}
