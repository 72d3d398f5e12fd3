namespace Multistore.Theming;

/// <summary>The last time a store's override of a template failed to render (shoppers then saw the theme's version), for its editor.</summary>
public interface ITemplateRenderErrors
{
    TemplateRenderError? Last(string templateName);
}
