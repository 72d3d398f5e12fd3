using System.Text;
using Microsoft.Extensions.FileProviders;

namespace Multistore.Theming;

/// <summary>A template's source as a file, for Fluid's partial lookup.</summary>
internal sealed class TemplateFileInfo(string name, string source) : IFileInfo
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(source);

    public bool Exists => true;
    public long Length => _bytes.Length;
    public string? PhysicalPath => null;
    public string Name => name + ".liquid";
    public DateTimeOffset LastModified => DateTimeOffset.MinValue;
    public bool IsDirectory => false;

    public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
}
