using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;

namespace Multistore.Theming;

/// <summary>
/// A template's source as a file, for Fluid's partial lookup. Its <see cref="LastModified"/> is derived from the
/// source, so Fluid's partial cache tells an override, an editor's candidate and the theme's version apart.
/// </summary>
internal sealed class TemplateFileInfo : IFileInfo
{
    private readonly byte[] _bytes;

    public TemplateFileInfo(string name, string source)
    {
        Name = name + ".liquid";
        _bytes = Encoding.UTF8.GetBytes(source);
        var hash = BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(_bytes));
        LastModified = new DateTimeOffset((long)(hash % (ulong)DateTimeOffset.MaxValue.Ticks), TimeSpan.Zero);
    }

    public bool Exists => true;
    public long Length => _bytes.Length;
    public string? PhysicalPath => null;
    public string Name { get; }
    public DateTimeOffset LastModified { get; }
    public bool IsDirectory => false;

    public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
}
