using System.Globalization;
using System.Net;
using System.Text.Json;
using DfxrmViz.Storage.Tests.Durability;
using Xunit.Abstractions;

namespace DfxrmViz.Storage.Tests.Limits;

/// <summary>Issue 15 "Limits": a 2 GB request body generated on the fly, to the app as its own process. Sent chunked (no
/// Content-Length, so only the streaming limit can stop it), Kestrel stops reading at the 5 MB limit, answers 413 and closes
/// the connection, so the sender fails after some megabytes in socket buffers; declared with Content-Length and
/// Expect: 100-continue, it gets the 413 problem+json before sending any of it. Either way the server's resident memory stays
/// flat (VmRSS and peak VmHWM from /proc/&lt;pid&gt;/status).</summary>
public sealed class HugeUploadTests(ITestOutputHelper output) : IDisposable
{
    private const long TwoGigabytes = 2L * 1024 * 1024 * 1024;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dfxrmviz-upload-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("/api/v1/plan", false)]
    [InlineData("/api/v1/crystal", false)]
    [InlineData("/api/v1/plan", true)]
    public async Task A_2_GB_upload_is_refused_early_and_memory_stays_flat(string path, bool declared)
    {
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string?> { ["DfxrmViz__DataDirectory"] = _dataDirectory });
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        (await http.GetAsync("/healthz")).EnsureSuccessStatusCode();
        var before = Memory(app.ProcessId);
        // Declared: Content-Length 2 GB with Expect: 100-continue, answered before any byte of the body is sent.
        var body = new EndlessJsonContent(TwoGigabytes, declared);

        HttpStatusCode? status = null;
        string answer = "";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
            request.Headers.ExpectContinue = declared;
            using var response = await http.SendAsync(request);
            status = response.StatusCode;
            answer = await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException ex)
        {
            // The server may close the connection before the client reads its 413; the bytes sent still show it stopped early.
            output.WriteLine($"connection closed by the server: {ex.Message}");
        }
        var after = Memory(app.ProcessId);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path} ({(declared ? "Content-Length 2 GB" : "chunked")}): sent {body.BytesWritten / 1048576.0:F1} MB of 2048 MB; status {(int?)status}; server RSS {before.RssMb:F0} MB before, " +
            $"{after.RssMb:F0} MB after, peak {after.PeakMb:F0} MB (peak before {before.PeakMb:F0} MB)\n{answer}"));

        Assert.True(body.BytesWritten < 256L * 1024 * 1024, $"{body.BytesWritten} bytes were sent before the server refused");
        Assert.True(status is not null || !declared, "a declared 2 GB body got no answer");
        if (status is not null)
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
            using var problem = JsonDocument.Parse(answer);
            Assert.Equal("Request body too large", problem.RootElement.GetProperty("title").GetString());
        }
        Assert.True(after.RssMb - before.RssMb < 100, $"RSS grew by {after.RssMb - before.RssMb:F0} MB");
        Assert.True(after.PeakMb - before.PeakMb < 100, $"peak RSS grew by {after.PeakMb - before.PeakMb:F0} MB");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>VmRSS and VmHWM (peak resident set) of a process, in MB, from /proc (Linux).</summary>
    private static (double RssMb, double PeakMb) Memory(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        double Kb(string key) => double.Parse(lines.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (Kb("VmRSS:") / 1024, Kb("VmHWM:") / 1024);
    }

    /// <summary>A JSON body of <c>length</c> bytes made as it is sent (a plan whose CIF string never ends), chunked or declared.</summary>
    private sealed class EndlessJsonContent(long length, bool declared) : HttpContent
    {
        public long BytesWritten { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var head = """{"plan": {"crystal": {"cif": "data_x\n"""u8.ToArray();
            await stream.WriteAsync(head);
            BytesWritten = head.Length;
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'#');
            while (BytesWritten < length)
            {
                await stream.WriteAsync(chunk);
                BytesWritten += chunk.Length;
            }
        }

        protected override bool TryComputeLength(out long size)
        {
            size = declared ? length : 0;
            return declared; // not declared: chunked, the server learns the size only by reading
        }
    }
}
