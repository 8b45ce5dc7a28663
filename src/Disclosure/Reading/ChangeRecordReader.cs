using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Yaml;

namespace Disclosure.Reading;

/// <summary>
/// Reads an assessment's <c>changes:</c>, its public change record, mirroring 別添3 変更箇所: each entry
/// <c>{date, item, before, after, timing, reason}</c>. <c>date</c>, <c>item</c>, <c>after</c> and <c>timing</c>
/// (事前 or 事後) are required; <c>before</c> is empty for an item the change added; <c>reason</c> (提出時期に係る説明)
/// is optional, but a 事後 entry without it is warned about, since the form asks why the submission came after.
/// </summary>
public static class ChangeRecordReader
{
    public const string Key = "changes";

    private static readonly Dictionary<string, SubmissionTiming> Timings = new()
    {
        ["事前"] = SubmissionTiming.Prior,
        ["事後"] = SubmissionTiming.Subsequent,
    };

    public static IReadOnlyList<ChangeEntry> Read(YamlFields fields)
    {
        var entries = new List<ChangeEntry>();
        foreach (var entry in fields.MappingList(Key))
        {
            var date = entry.Date("date", required: true);
            var item = entry.Text("item", required: true);
            var before = entry.Text("before") ?? "";
            var after = entry.Text("after", required: true);
            var timing = entry.Choice("timing", Timings, required: true);
            var reason = entry.Text("reason") ?? "";
            entry.WarnUnknownKeys();
            if (timing == SubmissionTiming.Subsequent && reason.Length == 0)
            {
                entry.Diagnostics.Warning(entry.File.DisplayPath, entry.LineOf("timing"),
                    "「timing」が「事後」の変更には、事後の提出とした理由を「reason」（提出時期に係る説明）に書いてください。");
            }
            if (date is not null && item is not null && after is not null && timing is not null)
            {
                entries.Add(new ChangeEntry(date.Value, item, before, after, timing.Value, reason));
            }
        }
        return entries;
    }

    /// <summary>
    /// The change record of an earlier version of an assessment file, as its revision page shows it: read as the
    /// current file is, redaction placeholders in place; problems that version had are not reported (its entries
    /// that could not be read are left out).
    /// </summary>
    public static IReadOnlyList<ChangeEntry> ReadVersion(SourceFile file, string versionText, MarkdownWords words)
    {
        // A cheap first look: most versions of most assessments have no record, and their YAML need not be read again.
        if (!versionText.Contains(Key + ":", StringComparison.Ordinal))
        {
            return [];
        }
        var version = file with { Text = versionText };
        return DocumentSource.Open("", version, new DiagnosticBag(), words) is { } source ? Read(source.Fields) : [];
    }
}
