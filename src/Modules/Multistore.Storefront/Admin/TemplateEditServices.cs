using Multistore.Theming;

namespace Multistore.Storefront.Admin;

/// <summary>
/// What saving a template override needs, bound with <c>[AsParameters]</c>: the templates a store may override, the
/// store's overrides (parse and save), and the renderer that tries the candidate as the store's page before it is saved.
/// </summary>
public sealed record TemplateEditServices(TemplateList Templates, TenantTemplateOverrides Overrides, FluidViewRenderer Renderer);
