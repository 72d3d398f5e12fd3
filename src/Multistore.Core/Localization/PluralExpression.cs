using System.Globalization;

namespace Multistore.Localization;

/// <summary>
/// Compiles the C subset gettext uses for plural rules: <c>n</c>, integers, <c>! * / % + - &lt; &lt;= &gt; &gt;=
/// == != &amp;&amp; || ?:</c> and parentheses, by precedence climbing into a closure.
/// </summary>
internal sealed class PluralExpression
{
    private readonly string _text;
    private int _position;

    private PluralExpression(string text) => _text = text;

    public static Func<long, long> Compile(string text)
    {
        var parser = new PluralExpression(text);
        var expression = parser.Conditional();
        parser.SkipSpaces();
        return parser._position == parser._text.Length
            ? expression
            : throw parser.Error("unexpected text");
    }

    private Func<long, long> Conditional()
    {
        var condition = Binary(0);
        if (!Accept("?"))
        {
            return condition;
        }

        var then = Conditional();
        Expect(":");
        var otherwise = Conditional();
        return n => condition(n) != 0 ? then(n) : otherwise(n);
    }

    private static readonly string[][] Levels =
    [
        ["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"],
    ];

    private Func<long, long> Binary(int level)
    {
        if (level == Levels.Length)
        {
            return Unary();
        }

        var left = Binary(level + 1);
        while (Levels[level].FirstOrDefault(Accept) is { } op)
        {
            var l = left;
            var r = Binary(level + 1);
            left = op switch
            {
                "||" => n => l(n) != 0 || r(n) != 0 ? 1 : 0,
                "&&" => n => l(n) != 0 && r(n) != 0 ? 1 : 0,
                "==" => n => l(n) == r(n) ? 1 : 0,
                "!=" => n => l(n) != r(n) ? 1 : 0,
                "<=" => n => l(n) <= r(n) ? 1 : 0,
                ">=" => n => l(n) >= r(n) ? 1 : 0,
                "<" => n => l(n) < r(n) ? 1 : 0,
                ">" => n => l(n) > r(n) ? 1 : 0,
                "+" => n => l(n) + r(n),
                "-" => n => l(n) - r(n),
                "*" => n => l(n) * r(n),
                "/" => n => r(n) == 0 ? 0 : l(n) / r(n),
                _ => n => r(n) == 0 ? 0 : l(n) % r(n),
            };
        }

        return left;
    }

    private Func<long, long> Unary()
    {
        if (Accept("!"))
        {
            var operand = Unary();
            return n => operand(n) == 0 ? 1 : 0;
        }

        if (Accept("("))
        {
            var inner = Conditional();
            Expect(")");
            return inner;
        }

        if (Accept("n"))
        {
            return n => n;
        }

        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        if (start == _position)
        {
            throw Error("expected n, a number, '!' or '('");
        }

        var value = long.Parse(_text.AsSpan(start, _position - start), CultureInfo.InvariantCulture);
        return _ => value;
    }

    private bool Accept(string token)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0)
        {
            return false;
        }

        // '<' must not swallow the first half of '<=', nor '!' of '!='.
        if (token.Length == 1 && _position + 1 < _text.Length && _text[_position + 1] == '=' && token is "<" or ">" or "!" or "=")
        {
            return false;
        }

        _position += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw Error($"expected '{token}'");
        }
    }

    internal void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string what) => new($"Plural expression '{_text}': {what} at position {_position + 1}.");
}
