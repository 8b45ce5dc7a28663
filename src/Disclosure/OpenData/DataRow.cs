namespace Disclosure.OpenData;

/// <summary>
/// One record of a data set (<see cref="DataSet{T}.Row"/>): its JSON and CSV exactly as they stand in the set's files.
/// A data set's files are its rows' bytes put together, so a build after one record changed makes only that record's
/// bytes again. Rows are equal when their bytes are: a row kept from before (the same object) is found equal at once,
/// and a document changed elsewhere (its body) whose row did not change leaves the data set as it was.
/// </summary>
public sealed class DataRow : IEquatable<DataRow>
{
    internal DataRow(byte[] json, byte[]? csv)
    {
        Json = json;
        Csv = csv;
    }

    /// <summary>The record as an item of the JSON array, with the line break and indentation before it.</summary>
    public byte[] Json { get; }

    /// <summary>The record as a CSV line, line ending included; null for a data set without CSV.</summary>
    public byte[]? Csv { get; }

    public bool Equals(DataRow? other) => ReferenceEquals(this, other) || (other is not null
        && Json.AsSpan().SequenceEqual(other.Json) && (Csv is null) == (other.Csv is null) && Csv.AsSpan().SequenceEqual(other.Csv));

    public override bool Equals(object? obj) => Equals(obj as DataRow);

    public override int GetHashCode() => Json.Length;
}
