namespace Disclosure.OpenData;

/// <summary>What the schema page needs to know of a data set, whatever its record type.</summary>
public interface IDataSetDescription
{
    string Name { get; }
    string Title { get; }
    bool HasCsv { get; }
    string JsonPath { get; }
    string CsvPath { get; }
    IEnumerable<(string Name, string Type, string Description)> Fields { get; }
}
