using System.Globalization;
using System.Text;

namespace Disclosure.OpenData;

/// <summary>The field values of a data set's records (<see cref="DataSet{T}.Values"/>) as text.</summary>
public static class DataValues
{
    /// <summary>
    /// Every value the records give, as one text (control characters, which content cannot hold, as separators):
    /// with the site, all that the JSON and the CSV are made from, so equal inputs make equal files.
    /// </summary>
    public static string Inputs(IReadOnlyList<object?[]> values)
    {
        var text = new StringBuilder();
        foreach (var record in values)
        {
            foreach (var value in record)
            {
                Describe(text, value);
                text.Append('\u001f');
            }
            text.Append('\u001e');
        }
        return text.ToString();
    }

    private static void Describe(StringBuilder text, object? value)
    {
        if (value is System.Collections.IEnumerable list and not string)
        {
            foreach (var item in list)
            {
                text.Append(Flatten(item)).Append('\u001d');
            }
            return;
        }
        text.Append(Flatten(value));
    }

    /// <summary>A value as one CSV cell: lists joined with "; ".</summary>
    public static string Flatten(object? value) => value switch
    {
        null => "",
        string text => text,
        IEnumerable<string> list => string.Join("; ", list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
