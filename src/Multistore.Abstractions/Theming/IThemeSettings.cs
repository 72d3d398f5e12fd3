namespace Multistore.Theming;

/// <summary>The values a store's editors saved for its theme's settings (the settings group <see cref="GroupName"/>).</summary>
public interface IThemeSettings
{
    const string GroupName = "Theme";

    IReadOnlyDictionary<string, string> Saved();
}
