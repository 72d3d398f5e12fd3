using System.Reflection.Metadata;

namespace Multistore.Modules.Tests.Architecture;

/// <summary>
/// A type one assembly's IL names from another assembly (a row of its TypeRef table): what the compiler resolved,
/// so it is exactly what the module depends on, whether used in a signature, a field or a method body.
/// </summary>
internal sealed record ReferencedType(string Assembly, string Namespace, string Name)
{
    public string FullName => Namespace.Length == 0 ? Name : $"{Namespace}.{Name}";

    /// <summary>Every type <paramref name="path"/> references in another assembly; nested types carry their outer type's namespace.</summary>
    public static IReadOnlyList<ReferencedType> In(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences.Select(handle => Of(metadata, metadata.GetTypeReference(handle))).OfType<ReferencedType>()];
    }

    private static ReferencedType? Of(MetadataReader metadata, TypeReference type)
    {
        var name = metadata.GetString(type.Name);
        switch (type.ResolutionScope.Kind)
        {
            case HandleKind.AssemblyReference:
                var assembly = metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope);
                return new ReferencedType(metadata.GetString(assembly.Name), metadata.GetString(type.Namespace), name);
            case HandleKind.TypeReference:
                var outer = Of(metadata, metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope));
                return outer is null ? null : new ReferencedType(outer.Assembly, outer.Namespace, $"{outer.Name}+{name}");
            default:
                return null;
        }
    }
}
