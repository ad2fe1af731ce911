namespace SecurityCoop.Neo4j.Analysts;

/// <summary>What a piece of Cypher text is.</summary>
public enum CypherTokenKind
{
    /// <summary>A keyword or a name written plainly: MATCH, n, db.</summary>
    Word,

    /// <summary>A name in backticks: never a keyword.</summary>
    QuotedName,

    /// <summary>A parameter: <c>$name</c> or <c>$`name`</c>, or <c>$0</c>.</summary>
    Parameter,

    /// <summary>A string in single or double quotes, escapes included.</summary>
    StringLiteral,

    Number,

    /// <summary>One punctuation or operator character (or <c>..</c>).</summary>
    Symbol,
}

/// <summary>One token: its kind, where it starts in the text, and its text (a quoted name without its backticks).</summary>
public readonly record struct CypherToken(CypherTokenKind Kind, int Start, string Text)
{
    public bool IsWord(string word) => Kind == CypherTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(char symbol) => Kind == CypherTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;
}

/// <summary>
/// Splits Cypher into tokens in one pass, in time linear in its length: strings in either quote with backslash
/// escapes, <c>//</c> and <c>/* */</c> comments (dropped), backticked names (a doubled backtick is one backtick),
/// parameters, numbers, words and symbols. Whitespace and comments separate tokens and are not kept. Text that
/// cannot be Cypher (an unterminated string, comment or name) is refused with where it starts.
/// </summary>
public static class CypherLexer
{
    public static IReadOnlyList<CypherToken> Tokens(string text)
    {
        var tokens = new List<CypherToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && At(text, i + 1) == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (c == '/' && At(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end >= 0 ? end + 2 : throw Unterminated("comment", i);
            }
            else if (c is '\'' or '"')
            {
                var start = i;
                i = EndOfString(text, i);
                tokens.Add(new(CypherTokenKind.StringLiteral, start, text[(start + 1)..(i - 1)]));
            }
            else if (c == '`')
            {
                var start = i;
                var (name, next) = QuotedName(text, i);
                tokens.Add(new(CypherTokenKind.QuotedName, start, name));
                i = next;
            }
            else if (c == '$')
            {
                var start = i++;
                if (At(text, i) == '`')
                {
                    var (name, next) = QuotedName(text, i);
                    tokens.Add(new(CypherTokenKind.Parameter, start, name));
                    i = next;
                }
                else
                {
                    while (i < text.Length && IsWordChar(text[i]))
                        i++;
                    tokens.Add(new(CypherTokenKind.Parameter, start, text[(start + 1)..i]));
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || (text[i] == '.' && char.IsAsciiDigit(At(text, i + 1)))))
                    i++;
                tokens.Add(new(CypherTokenKind.Number, start, text[start..i]));
            }
            else if (IsWordStart(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                    i++;
                tokens.Add(new(CypherTokenKind.Word, start, text[start..i]));
            }
            else
            {
                tokens.Add(new(CypherTokenKind.Symbol, i, c.ToString()));
                i++;
            }
        }
        return tokens;
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The index after a string's closing quote; a backslash escapes the next character.</summary>
    private static int EndOfString(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
                i++;
            else if (text[i] == quote)
                return i + 1;
        }
        throw Unterminated("string", start);
    }

    /// <summary>A backticked name and the index after it; a doubled backtick stands for one.</summary>
    private static (string Name, int Next) QuotedName(string text, int start)
    {
        var name = new System.Text.StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] != '`')
            {
                name.Append(text[i]);
            }
            else if (At(text, i + 1) == '`')
            {
                name.Append('`');
                i++;
            }
            else
            {
                return (name.ToString(), i + 1);
            }
        }
        throw Unterminated("backticked name", start);
    }

    private static CypherSyntaxException Unterminated(string what, int at) =>
        new($"The statement has an unterminated {what} starting at character {at + 1}.");
}

/// <summary>Text that cannot be a Cypher statement.</summary>
public sealed class CypherSyntaxException(string message) : Exception(message);
