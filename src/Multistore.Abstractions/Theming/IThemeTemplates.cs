namespace Multistore.Theming;

/// <summary>The Liquid source of a template as the store's theme chain (or a module default) provides it, without the store's override.</summary>
public interface IThemeTemplates
{
    string? Source(string name);
}
