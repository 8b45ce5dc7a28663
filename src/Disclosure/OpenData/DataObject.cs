namespace Disclosure.OpenData;

/// <summary>
/// An object inside a data set's record (a schedule's step): its fields in the order they are written. Data sets
/// write every value themselves, so no build loads the reflection-based JSON serializer for them.
/// </summary>
public sealed record DataObject(IReadOnlyList<(string Name, object? Value)> Fields);
