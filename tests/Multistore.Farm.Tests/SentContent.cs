using System.Net;

namespace Multistore.Farm.Tests;

/// <summary>A request body that says when it has been written to the connection: the server has the whole request then.</summary>
public sealed class SentContent(HttpContent inner) : HttpContent
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Sent => _sent.Task;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await inner.CopyToAsync(stream, context);
        await stream.FlushAsync();
        _sent.TrySetResult();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = inner.Headers.ContentLength ?? -1;
        return length >= 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
