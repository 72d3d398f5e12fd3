using System.Text.Json;
using Multistore.Admin.Settings;

namespace Multistore.Modules.Tests.Admin;

public sealed class InheritedValueFilterTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void AnUntouchedInheritedFieldStaysInheritedWhileChangedAndOwnFieldsAreSaved()
    {
        var posted = Json("""{"SiteName":"Renamed","Currency":"SEK","TimeZone":"Europe/Stockholm","SupportedCultures":["sv-SE"]}""");
        var effective = Json("""{"SiteName":"Store","Currency":"SEK","TimeZone":"Europe/Stockholm","SupportedCultures":["sv-SE"]}""");
        var own = Json("""{"SiteName":"Store","TimeZone":"Europe/Stockholm"}""");

        var saved = InheritedValueFilter.OwnOrChanged(posted, effective, own);

        Assert.Equal(["SiteName", "TimeZone"], saved.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Renamed", saved.GetProperty("SiteName").GetString());
    }

    [Fact]
    public void AnEditorWhoChangesAnInheritedValueMakesItTheStoresOwn()
    {
        var saved = InheritedValueFilter.OwnOrChanged(Json("""{"Currency":"NOK"}"""), Json("""{"Currency":"SEK"}"""), null);

        Assert.Equal("NOK", saved.GetProperty("Currency").GetString());
    }
}
