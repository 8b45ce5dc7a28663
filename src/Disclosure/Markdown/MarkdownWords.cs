namespace Disclosure.Markdown;

/// <summary>
/// The few words the Markdown extensions write themselves, in the site's language (from the theme's strings):
/// the placeholder of a redacted passage and the caption of a table with no caption of its own.
/// </summary>
/// <param name="Redacted">Placeholder without a reason, e.g. 「（非公開）」.</param>
/// <param name="RedactedWithReason">Placeholder with the reason as {0}, e.g. 「（非公開：{0}）」.</param>
/// <param name="TableAfterHeading">Caption from the heading above ({0}) and the table's number ({1}).</param>
/// <param name="Table">Caption with the number only ({0}).</param>
public sealed record MarkdownWords(string Redacted, string RedactedWithReason, string TableAfterHeading, string Table)
{
    public static readonly MarkdownWords Japanese = new("（非公開）", "（非公開：{0}）", "{0}（表{1}）", "表{0}");

    public string Placeholder(string reason) =>
        reason.Length == 0 ? Redacted : string.Format(System.Globalization.CultureInfo.InvariantCulture, RedactedWithReason, reason);

    public string Caption(string? heading, int number) => string.Format(System.Globalization.CultureInfo.InvariantCulture,
        heading is { Length: > 0 } ? TableAfterHeading : Table, heading is { Length: > 0 } ? heading : number, number);
}
