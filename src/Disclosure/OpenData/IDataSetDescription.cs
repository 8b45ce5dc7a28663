namespace Disclosure.OpenData;

/// <summary>What the schema page needs to know of a data set, whatever its record type.</summary>
/// <remarks>
/// The words come from the theme's strings: the set's title is <c>data.&lt;name&gt;</c>, a field's meaning
/// <c>data.&lt;name&gt;.&lt;field&gt;</c> and its type <c>datatype.&lt;type&gt;</c>.
/// </remarks>
public interface IDataSetDescription
{
    string Name { get; }
    bool HasCsv { get; }
    string JsonPath { get; }
    string CsvPath { get; }
    IEnumerable<(string Name, string Type)> Fields { get; }
}
