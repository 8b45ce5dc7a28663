namespace Disclosure.OpenData;

/// <summary>
/// One field of an open-data record: its name in JSON and CSV, its type (the suffix of a <c>datatype.</c> strings
/// key), and its value. What it means is the strings key <c>data.&lt;data set&gt;.&lt;field&gt;</c>, shown on the schema page.
/// </summary>
public sealed record DataField<T>(string Name, string Type, Func<T, object?> Value);
