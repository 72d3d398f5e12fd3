namespace Multistore.Theming;

/// <summary>One setting of a theme's schema as editors see it: its key, type (color, font, text, image, number), label and default.</summary>
public sealed record ThemeSettingField(string Key, string Type, string Label, string Default);
