using System.Text.Json;
using Multistore.Settings;

namespace Multistore.Core.Tests.Settings;

public sealed class SettingsOverridesTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static string Names(JsonElement own) => string.Join(",", own.EnumerateObject().Select(p => p.Name));

    [Fact]
    public void AWholeGroupSaveKeepsOnlyWhatDiffersFromTheTemplate()
    {
        var own = SettingsOverrides.Apply(null, Json("""{"Fee":6.0,"MaxAmount":500}"""), Json("""{"fee":4.9,"maxAmount":500.00}"""), replace: true);

        Assert.Equal("Fee", Names(own));
        Assert.Equal(6.0m, own.GetProperty("Fee").GetDecimal());
    }

    [Fact]
    public void AnOwnValueSavedBackToTheInheritedOneFollowsTheTemplateAgain()
    {
        var own = SettingsOverrides.Apply(Json("""{"Currency":"NOK","SiteName":"Mine"}"""), Json("""{"Currency":"SEK"}"""), Json("""{"Currency":"SEK"}"""), replace: false);

        Assert.Equal("SiteName", Names(own));
    }

    [Fact]
    public void WithoutTemplatesEveryWrittenValueIsTheStoresOwn()
    {
        var own = SettingsOverrides.Apply(Json("""{"A":1}"""), Json("""{"B":2}"""), null, replace: false);

        Assert.Equal("A,B", Names(own));
        Assert.Equal("B", Names(SettingsOverrides.Apply(Json("""{"A":1}"""), Json("""{"B":2}"""), null, replace: true)));
    }

    [Fact]
    public void NestedObjectsKeepOnlyTheChangedLeaves()
    {
        var own = SettingsOverrides.Apply(null, Json("""{"Colors":{"Primary":"#111","Accent":"#f00"}}"""), Json("""{"colors":{"primary":"#111","accent":"#0f0"}}"""), replace: true);

        Assert.Equal("""{"Colors":{"Accent":"#f00"}}""", own.GetRawText());
    }

    [Fact]
    public void ResetRemovesTheOverrideAtAPath()
    {
        var own = SettingsOverrides.Reset(Json("""{"Fee":6,"Colors":{"Primary":"#111","Accent":"#f00"}}"""), ["fee", "Colors.Accent", "Nothing.Here"]);

        Assert.Equal("""{"Colors":{"Primary":"#111"}}""", own.GetRawText());
    }
}
