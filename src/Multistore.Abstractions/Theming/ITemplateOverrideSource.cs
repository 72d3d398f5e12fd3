namespace Multistore.Theming;

/// <summary>Templates a tenant's editors changed in the admin; looked up before the theme's own.</summary>
public interface ITemplateOverrideSource
{
    /// <summary>The override's Liquid source and a stamp that changes with each edit, or null.</summary>
    TemplateOverride? Find(string templateName);
}

public sealed record TemplateOverride(string Source, long Stamp);
