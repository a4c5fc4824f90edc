using System.Text.Json;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary><c>{ plan }</c>: the body of POST /api/v1/plans and POST /api/v1/rooms (docs/api.md "Saved plans, live rooms").</summary>
public sealed record SavePlanRequestDto(JsonElement Plan);

/// <summary>201 answer of POST /api/v1/plans and /rooms: the new id and the page address (<c>/p/{id}</c> or <c>/r/{id}</c>).</summary>
public sealed record SavedLinkDto(string Id, string Url);

/// <summary>GET /api/v1/plans/{id}: the saved plan and when it was saved (UTC).</summary>
public sealed record SavedPlanDto(JsonElement Plan, DateTimeOffset CreatedUtc);

/// <summary>GET /api/v1/rooms/{id}: the room's current plan and its version (0 = as created; +1 per change), and when it
/// was closed (null while live; a closed room's plan is its last plan, read-only).</summary>
public sealed record RoomStateDto(JsonElement Plan, long Version, DateTimeOffset? ClosedUtc = null);
