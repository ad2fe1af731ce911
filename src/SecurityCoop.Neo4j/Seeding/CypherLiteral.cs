using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SecurityCoop.Neo4j.Seeding;

/// <summary>Writes values as Cypher literals, for the generated seed script (values come from the dataset, never from a request).</summary>
internal static partial class CypherLiteral
{
    public static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case string text:
                output.Append('\'');
                foreach (var c in text)
                {
                    output.Append(c switch
                    {
                        '\'' => "\\'",
                        '\\' => "\\\\",
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        _ => c.ToString(),
                    });
                }
                output.Append('\'');
                break;
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case int or long:
                output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> map:
                output.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    output.Append(first ? "" : ", ").Append(Key(key)).Append(": ");
                    Write(output, item);
                    first = false;
                }
                output.Append('}');
                break;
            case IEnumerable list:
                output.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    output.Append(firstItem ? "" : ", ");
                    Write(output, item);
                    firstItem = false;
                }
                output.Append(']');
                break;
            default:
                throw new ArgumentException($"No Cypher literal for {value.GetType().Name}.", nameof(value));
        }
    }

    private static string Key(string key) => PlainKey().IsMatch(key) ? key : $"`{key.Replace("`", "``", StringComparison.Ordinal)}`";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();
}
