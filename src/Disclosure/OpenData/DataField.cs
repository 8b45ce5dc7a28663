namespace Disclosure.OpenData;

/// <summary>One field of an open-data record: its name in JSON and CSV, its type, and what it means (shown on the schema page).</summary>
public sealed record DataField<T>(string Name, string Type, string Description, Func<T, object?> Value);
