using System.Globalization;

namespace Disclosure.OpenData;

/// <summary>The field values of a data set's records as CSV cells.</summary>
public static class DataValues
{
    /// <summary>A value as one CSV cell: lists joined with "; ".</summary>
    public static string Flatten(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        IEnumerable<string> list => string.Join("; ", list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
