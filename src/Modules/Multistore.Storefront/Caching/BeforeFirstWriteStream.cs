namespace Multistore.Storefront.Caching;

/// <summary>
/// A response body that runs an action once, before the first byte (or flush) reaches the stream it wraps: the last
/// moment a page's headers can still be set, after the page has rendered. Write-only, like a response body.
/// </summary>
public sealed class BeforeFirstWriteStream(Stream body, Action beforeFirstWrite) : Stream
{
    private bool _started;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
        Start();
        body.Flush();
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Start();
        return body.FlushAsync(cancellationToken);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Start();
        body.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Start();
        body.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Start();
        return body.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Start();
        return body.WriteAsync(buffer, cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Start()
    {
        if (!_started)
        {
            _started = true;
            beforeFirstWrite();
        }
    }
}
