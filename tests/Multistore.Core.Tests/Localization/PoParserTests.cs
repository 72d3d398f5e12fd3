using Multistore.Localization;
using Xunit;

namespace Multistore.Core.Tests.Localization;

public sealed class PoParserTests
{
    private const string Header = "msgid \"\"\nmsgstr \"\"\n\"Language: fr-FR\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n";

    [Fact]
    public void ReadsSimpleEntriesAfterTheHeader()
    {
        var file = PoParser.Parse(Header + "msgid \"Cart\"\nmsgstr \"Panier\"\n");

        Assert.Equal("Panier", file.Find(null, "Cart")!.Translations[0]);
        Assert.Null(file.Find(null, ""));
    }

    [Fact]
    public void KeepsEntriesWithTheSameIdApartByContext()
    {
        var file = PoParser.Parse(Header + "msgctxt \"verb\"\nmsgid \"Order\"\nmsgstr \"Commander\"\n\nmsgctxt \"noun\"\nmsgid \"Order\"\nmsgstr \"Commande\"\n\nmsgid \"Order\"\nmsgstr \"Ordre\"\n");

        Assert.Equal("Commander", file.Find("verb", "Order")!.Translations[0]);
        Assert.Equal("Commande", file.Find("noun", "Order")!.Translations[0]);
        Assert.Equal("Ordre", file.Find(null, "Order")!.Translations[0]);
    }

    [Fact]
    public void JoinsMultiLineStringsAndUnescapes()
    {
        var file = PoParser.Parse(Header + "msgid \"\"\n\"Line one\\n\"\n\"Line \\\"two\\\"\"\nmsgstr \"\"\n\"Ligne un\\n\"\n\"Ligne\\t\\\"deux\\\" \\\\o/\"\n");

        var entry = file.Find(null, "Line one\nLine \"two\"");
        Assert.NotNull(entry);
        Assert.Equal("Ligne un\nLigne\t\"deux\" \\o/", entry.Translations[0]);
    }

    [Fact]
    public void ReadsPluralFormsAndTheHeadersRule()
    {
        var file = PoParser.Parse(Header + "msgid \"{0} item\"\nmsgid_plural \"{0} items\"\nmsgstr[0] \"{0} article\"\nmsgstr[1] \"{0} articles\"\n");

        var entry = file.Find(null, "{0} item")!;
        Assert.Equal("{0} items", entry.PluralId);
        Assert.Equal(["{0} article", "{0} articles"], entry.Translations);
        Assert.Equal(0, file.Plural.IndexFor(0));
        Assert.Equal(0, file.Plural.IndexFor(1));
        Assert.Equal(1, file.Plural.IndexFor(2));
    }

    [Fact]
    public void SkipsCommentsObsoleteAndUntranslatedEntries()
    {
        var file = PoParser.Parse(Header + "# translator note\n#: Views/home.liquid:3\nmsgid \"Home\"\nmsgstr \"\"\n\n#~ msgid \"Old\"\n#~ msgstr \"Vieux\"\n");

        Assert.Empty(file.Entries);
    }

    [Fact]
    public void RejectsAnUnknownEscapeNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => PoParser.Parse("msgid \"a\"\nmsgstr \"b\\q\"\n", "fr-FR.po"));

        Assert.Contains("fr-FR.po line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsesTheEnglishRuleWithoutAPluralFormsHeader()
    {
        var file = PoParser.Parse("msgid \"a\"\nmsgstr \"b\"\n");

        Assert.Equal(0, file.Plural.IndexFor(1));
        Assert.Equal(1, file.Plural.IndexFor(5));
    }
}
