using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Disclosure.Accessibility;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// Keeps every axe outcome of a test run, so the run can write the site's accessibility report
/// (set DISCLOSURE_A11Y_REPORT to the file, e.g. content/reports/accessibility.json).
/// </summary>
public sealed class AxeResultsCollector
{
    public const string ReportVariable = "DISCLOSURE_A11Y_REPORT";

    private readonly ConcurrentBag<AxeRuleOutcome> _outcomes = [];
    private string _engine = "axe-core";

    public void Add(string pageUrl, AxeResult result)
    {
        _engine = $"axe-core {result.TestEngine?.Version}（Deque.AxeCore.Playwright）、Chromium";
        Add(pageUrl, result.Violations, AxeOutcome.Violation);
        Add(pageUrl, result.Passes, AxeOutcome.Pass);
        Add(pageUrl, result.Incomplete, AxeOutcome.Incomplete);
        Add(pageUrl, result.Inapplicable, AxeOutcome.Inapplicable);
    }

    /// <summary>Writes the report if the run was asked to; returns the path written, or null.</summary>
    public string? WriteReportIfRequested(DateOnly tested)
    {
        var path = Environment.GetEnvironmentVariable(ReportVariable);
        if (string.IsNullOrEmpty(path) || _outcomes.IsEmpty)
        {
            return null;
        }
        var report = AccessibilityReportBuilder.Build(tested, _engine, _outcomes.ToList());
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, AccessibilityReportFile.Serialize(report) + "\n");
        return path;
    }

    private void Add(string pageUrl, IEnumerable<AxeResultItem> items, AxeOutcome outcome)
    {
        foreach (var item in items)
        {
            _outcomes.Add(new AxeRuleOutcome(pageUrl, item.Id, item.Tags ?? [], outcome));
        }
    }
}
