namespace Disclosure.Accessibility;

public enum AxeOutcome
{
    Violation,
    Pass,
    Incomplete,
    Inapplicable,
}

/// <summary>One axe rule's outcome on one page, with the rule's tags (which name the WCAG criteria it tests).</summary>
public sealed record AxeRuleOutcome(string Page, string RuleId, IReadOnlyList<string> Tags, AxeOutcome Outcome);
