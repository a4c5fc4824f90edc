using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace DfxrmViz.Web.Tests.Hosting;

/// <summary>Circuits per client (Hosting/RequestLimits.cs, default 20, on in Production): one address holds 20 circuit
/// connections (negotiate + the /_blazor WebSocket + the SignalR handshake, as blazor.web.js opens them); its 21st is
/// refused with 429 and a message that says what to do, while another address still connects, the same address still
/// gets its pages and API, and closing one tab frees a place.</summary>
public class CircuitLimitTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Limit = 20; // RequestLimitOptions.CircuitsPerClient default
    private static readonly IPAddress Crowded = IPAddress.Parse("192.0.2.10"); // RFC 5737 documentation addresses
    private static readonly IPAddress Other = IPAddress.Parse("192.0.2.20");

    [Fact]
    public async Task The_21st_circuit_of_one_address_is_refused_with_a_message_and_nobody_else_is()
    {
        var server = factory.Server;
        var open = new List<WebSocket>();
        try
        {
            for (var i = 0; i < Limit; i++)
            {
                open.Add(await OpenCircuitAsync(server, Crowded));
            }

            var refused = await NegotiateAsync(server, Crowded);
            Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
            using (var problem = await JsonDocument.ParseAsync(refused.Response.Body))
            {
                Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
                Assert.Equal($"This address has {Limit} planner tabs open, the most this server allows; close one and reload.",
                    problem.RootElement.GetProperty("detail").GetString());
            }

            // Another address is not affected, nor are the crowded address's pages and API.
            open.Add(await OpenCircuitAsync(server, Other));
            Assert.Equal(StatusCodes.Status200OK, (await GetAsync(server, Crowded, "/")).Response.StatusCode);
            Assert.Equal(StatusCodes.Status200OK, (await GetAsync(server, Crowded, "/api/v1/crystals")).Response.StatusCode);
            Assert.All(open, s => Assert.Equal(WebSocketState.Open, s.State));

            // A tab closed: its place is free again.
            await open[0].CloseAsync(WebSocketCloseStatus.NormalClosure, "tab closed", CancellationToken.None);
            open[0].Dispose();
            open.RemoveAt(0);
            await WaitUntilNegotiateIsAcceptedAsync(server, Crowded);
        }
        finally
        {
            foreach (var s in open)
            {
                s.Abort();
                s.Dispose();
            }
        }
    }

    /// <summary>POST /_blazor/negotiate, the WebSocket to /_blazor?id=…, and the SignalR handshake in the blazorpack protocol.</summary>
    private static async Task<WebSocket> OpenCircuitAsync(TestServer server, IPAddress client)
    {
        var negotiated = await NegotiateAsync(server, client);
        Assert.Equal(StatusCodes.Status200OK, negotiated.Response.StatusCode);
        using var negotiation = await JsonDocument.ParseAsync(negotiated.Response.Body);
        var token = negotiation.RootElement.GetProperty("connectionToken").GetString();
        var ws = server.CreateWebSocketClient();
        ws.ConfigureRequest = r => r.HttpContext.Connection.RemoteIpAddress = client;
        var socket = await ws.ConnectAsync(new Uri(server.BaseAddress, $"/_blazor?id={token}"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[256];
        var reply = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, reply.Count)); // handshake accepted: the connection stays open
        return socket;
    }

    private static Task<HttpContext> NegotiateAsync(TestServer server, IPAddress client) => server.SendAsync(c =>
    {
        c.Connection.RemoteIpAddress = client;
        c.Request.Method = HttpMethods.Post;
        c.Request.Path = "/_blazor/negotiate";
        c.Request.QueryString = new QueryString("?negotiateVersion=1");
    });

    private static Task<HttpContext> GetAsync(TestServer server, IPAddress client, string path) => server.SendAsync(c =>
    {
        c.Connection.RemoteIpAddress = client;
        c.Request.Method = HttpMethods.Get;
        c.Request.Path = path;
    });

    /// <summary>The server notices the close asynchronously: a few tries (bounded by count, not by a clock).</summary>
    private static async Task WaitUntilNegotiateIsAcceptedAsync(TestServer server, IPAddress client)
    {
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var status = (await NegotiateAsync(server, client)).Response.StatusCode;
            statuses.Add(status);
            if (status == StatusCodes.Status200OK)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"No place freed after a tab closed: {string.Join(", ", statuses)}");
    }
}
