using System.Globalization;

namespace Multistore.Localization;

/// <summary>
/// The <c>Plural-Forms</c> header of a PO file (<c>nplurals=3; plural=(n%10==1 &amp;&amp; n%100!=11 ? 0 : 1);</c>)
/// as a function from a count to the index of the msgstr to use.
/// </summary>
internal sealed class PluralRule
{
    /// <summary>English and most Germanic languages: one, other.</summary>
    public static readonly PluralRule Default = new(2, n => n == 1 ? 0 : 1, "n != 1");

    private readonly Func<long, long> _evaluate;

    private PluralRule(int count, Func<long, long> evaluate, string expression)
    {
        Count = count;
        _evaluate = evaluate;
        Expression = expression;
    }

    public int Count { get; }

    public string Expression { get; }

    public int IndexFor(long n) => (int)Math.Clamp(_evaluate(Math.Abs(n)), 0, Count - 1);

    /// <summary>Reads the rule from a PO header; the English rule when the header has none.</summary>
    public static PluralRule FromHeader(string? header)
    {
        var line = header?.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("Plural-Forms:", StringComparison.OrdinalIgnoreCase));
        return line is null ? Default : Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]);
    }

    /// <summary>Parses <c>nplurals=N; plural=EXPR;</c>.</summary>
    public static PluralRule Parse(string forms)
    {
        int? count = null;
        string? expression = null;
        foreach (var part in forms.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (name == "nplurals" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                count = n;
            }
            else if (name == "plural")
            {
                expression = value;
            }
        }

        if (count is null || expression is null)
        {
            throw new FormatException($"Plural-Forms '{forms.Trim()}' needs nplurals=N and plural=EXPRESSION.");
        }

        return new PluralRule(count.Value, PluralExpression.Compile(expression), expression);
    }
}
