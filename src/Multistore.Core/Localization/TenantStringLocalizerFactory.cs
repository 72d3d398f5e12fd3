using Microsoft.Extensions.Localization;

namespace Multistore.Localization;

/// <summary>
/// Hands out localizers over the tenant's PO layers. Strings are shared by all types (no msgctxt), so one
/// PO file serves a module's endpoints, services and templates alike.
/// </summary>
internal sealed class TenantStringLocalizerFactory(TenantTranslations translations) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new TenantStringLocalizer(translations);

    public IStringLocalizer Create(string baseName, string location) => new TenantStringLocalizer(translations);
}
