namespace Multistore.Theming;

/// <summary>The default templates modules ship embedded, by name: the templates a store can override even when no theme has them.</summary>
public interface IModuleTemplates
{
    IEnumerable<string> Names { get; }
}
