#!/usr/bin/env python3
"""Makes every top-level type of src/Multistore.Core internal, except the ones something outside Core and the tests
still names: the host (src/Multistore.Web), a module (today only Tenants), or a public signature of a kept type
(KEEP_FOR_SIGNATURES, found by building Core). Bench projects reach internals through InternalsVisibleTo in
Core's csproj. Idempotent: rerun it after a merge brings new public types into Core (issue 15, step 3)."""
import pathlib, re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "src" / "Multistore.Core"
DECLARATION = re.compile(r"^public ((?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record struct|record|interface|enum|struct) ([A-Z]\w*))", re.M)

# The host's entry points: what src/Multistore.Web calls (builder.AddMultistore(), app.UseMultistore()).
HOST_ENTRY_POINTS = {"MultistoreHostingExtensions"}

# Public because a kept type's public member exposes them (CS0050/CS0051/CS0053 otherwise).
KEEP_FOR_SIGNATURES = set("""
BrandTemplateRecord BrandTemplateValidator ConfiguredTenant DatabaseOptions FeatureProfileGuard FeatureProfileRecord FeatureResolution 
FeatureSet HostDbContext HostServices LiquidLimits LiquidTemplateCache ModuleTemplates MultistoreOptions PluralRule
PoCatalog PoEntry PoFile RecipeExpander RecipeStepInstance SetupLinkTicket ShellContext
ShellContextFactory ShellServices TenantConnection TenantDatabaseProvisioner TenantMatch TenantRecord
TenantRequestValidator TenantSetupPlan TenantSetupPlanner TenantSetupService TenantStamp TenantStore TenantTranslations ThemeCatalog
""".split())


def sources(folder, patterns=("*.cs", "*.razor")):
    for pattern in patterns:
        for path in folder.rglob(pattern):
            if "/obj/" not in path.as_posix() and "/bin/" not in path.as_posix():
                yield path


def names_used_outside_core():
    text = "\n".join(p.read_text() for folder in [ROOT / "src" / "Multistore.Web", ROOT / "src" / "Modules"] for p in sources(folder))
    return set(re.findall(r"\b[A-Z]\w*\b", text))


def main():
    keep = names_used_outside_core() | HOST_ENTRY_POINTS | KEEP_FOR_SIGNATURES
    changed = []
    for path in sources(CORE, ("*.cs",)):
        text = path.read_text()
        updated = DECLARATION.sub(lambda m: m.group(0) if m.group(2) in keep else "internal " + m.group(1), text)
        if updated != text:
            path.write_text(updated)
            changed.append(path.relative_to(ROOT).as_posix())
    print(f"{len(changed)} files changed")


if __name__ == "__main__":
    main()
