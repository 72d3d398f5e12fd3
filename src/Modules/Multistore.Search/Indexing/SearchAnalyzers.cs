using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;

namespace Multistore.Search.Indexing;

/// <summary>The analyzer for a culture's language: stemming and stop words that speakers of it expect.</summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer For(string culture) => LanguageOf(culture) switch
    {
        "en" => new EnglishAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        "sv" => new SwedishAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "ar" => new ArabicAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "it" => new ItalianAnalyzer(Version),
        "nl" => new DutchAnalyzer(Version),
        "da" => new DanishAnalyzer(Version),
        "fi" => new FinnishAnalyzer(Version),
        "nb" or "nn" or "no" => new NorwegianAnalyzer(Version),
        "pt" => new PortugueseAnalyzer(Version),
        "ru" => new RussianAnalyzer(Version),
        _ => new StandardAnalyzer(Version),
    };

    private static string LanguageOf(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;
        }
        catch (CultureNotFoundException)
        {
            return "";
        }
    }
}
