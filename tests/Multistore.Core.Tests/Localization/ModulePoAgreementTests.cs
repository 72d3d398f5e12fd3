using Multistore.Core.Tests.Architecture;
using Multistore.Localization;

namespace Multistore.Core.Tests.Localization;

/// <summary>
/// Every module's PO files are one catalog per culture at run time, and where two modules translate the same msgid
/// (without a context) only one wins: the other module's page then shows a word it never chose (the checkout's
/// "Überweisung (Vorkasse)" became the admin's "Überweisung"). So modules that share a msgid must agree on it, or give
/// it a msgctxt.
/// </summary>
public sealed class ModulePoAgreementTests
{
    [Fact]
    public void ModulesThatShareAMsgidTranslateItAlike()
    {
        var disagreements = new List<string>();
        var files = new DirectoryInfo(Path.Combine(SourceTree.Root.FullName, "src", "Modules")).GetDirectories()
            .Where(module => Directory.Exists(Path.Combine(module.FullName, "Localization")))
            .SelectMany(module => new DirectoryInfo(Path.Combine(module.FullName, "Localization")).GetFiles("*.po")
            .Select(file => (Module: module.Name, Culture: Path.GetFileNameWithoutExtension(file.Name), Entries: PoParser.Parse(File.ReadAllText(file.FullName), file.FullName).Entries)));
        foreach (var culture in files.GroupBy(f => f.Culture))
        {
            var shared = culture
                .SelectMany(file => file.Entries.Values.Where(e => e.Context is null && e.PluralId is null).Select(e => (file.Module, e.Id, Text: e.Translations[0])))
                .GroupBy(e => e.Id)
                .Where(id => id.Select(e => e.Text).Distinct().Count() > 1);
            disagreements.AddRange(shared.Select(id => $"{culture.Key} \"{id.Key}\": " + string.Join(", ", id.Select(e => $"{e.Module} \"{e.Text}\""))));
        }

        Assert.True(disagreements.Count == 0, "Modules translate a shared msgid differently:\n" + string.Join("\n", disagreements));
    }
}
