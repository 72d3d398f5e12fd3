#!/usr/bin/env python3
"""Makes every top-level type of src/Multistore.Core internal, except the host's entry points and what the host
(src/Multistore.Web) names. Modules never reference Core: what they need of the engine is a contract in
Multistore.Abstractions. The tests and bench projects reach internals through InternalsVisibleTo in Core's csproj.
Idempotent: rerun it after a merge brings new public types into Core (issue 15, step 3)."""
import pathlib, re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "src" / "Multistore.Core"
DECLARATION = re.compile(r"^public ((?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record struct|record|interface|enum|struct) ([A-Z]\w*))", re.M)

# The host's entry points: what src/Multistore.Web calls (builder.AddMultistore(), app.UseMultistore()).
HOST_ENTRY_POINTS = {"MultistoreHostingExtensions"}

def sources(folder, patterns=("*.cs", "*.razor")):
    for pattern in patterns:
        for path in folder.rglob(pattern):
            if "/obj/" not in path.as_posix() and "/bin/" not in path.as_posix():
                yield path


def names_used_by_the_host():
    text = "\n".join(p.read_text() for p in sources(ROOT / "src" / "Multistore.Web"))
    return set(re.findall(r"\b[A-Z]\w*\b", text))


def main():
    keep = names_used_by_the_host() | HOST_ENTRY_POINTS
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
