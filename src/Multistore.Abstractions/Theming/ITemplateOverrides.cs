namespace Multistore.Theming;

/// <summary>
/// A store's own versions of templates, as its editors change them in the admin. <see cref="Parse"/> throws a
/// <see cref="LiquidSyntaxException"/> for Liquid that does not parse, so an editor can refuse it before saving.
/// </summary>
public interface ITemplateOverrides : ITemplateOverrideSource
{
    void Parse(string templateName, string source);

    Task SaveAsync(string templateName, string source, CancellationToken cancellationToken);

    Task ResetAsync(string templateName, CancellationToken cancellationToken);
}
