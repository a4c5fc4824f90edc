using System.Text;
using Microsoft.JSInterop;

namespace DfxrmViz.Web.Services;

/// <summary>Sends a file to the browser as a download (stream, so size is not limited by the 32 KB interop message cap).</summary>
public sealed class FileDownloader(IJSRuntime js)
{
    public Task DownloadTextAsync(string fileName, string text, string mimeType) => DownloadBytesAsync(fileName, Encoding.UTF8.GetBytes(text), mimeType);

    public async Task DownloadBytesAsync(string fileName, byte[] bytes, string mimeType)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/download.js");
        using var stream = new MemoryStream(bytes);
        using var reference = new DotNetStreamReference(stream);
        await module.InvokeVoidAsync("downloadFileFromStream", fileName, reference, mimeType);
    }
}
