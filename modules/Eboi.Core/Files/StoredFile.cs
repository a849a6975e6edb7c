namespace Eboi.Core.Files;

/// <summary>What the store knows about a file besides its bytes.</summary>
public sealed record StoredFileInfo(string Key, string ContentType, long Length, DateTimeOffset StoredAt);

/// <summary>An open stored file: its metadata and a read-only stream (disposed with this object).</summary>
public sealed class StoredFile(StoredFileInfo info, Stream content) : IAsyncDisposable, IDisposable
{
    public StoredFileInfo Info { get; } = info;
    public Stream Content { get; } = content;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
