namespace Disclosure.Guideline;

/// <summary>Where a rule is written: the instrument, its section where it is numbered, and the rule's title.</summary>
/// <param name="Source">E.g. 指針 第5の2, or 規則第15条; the instrument alone when the section is named by its title only.</param>
public sealed record GuidelineSection(string Source, string Title)
{
    /// <summary>How messages and the report cite it: 指針 第5の2「しきい値判断」.</summary>
    public override string ToString() => $"{Source}「{Title}」";
}
