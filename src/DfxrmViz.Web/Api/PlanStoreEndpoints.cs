using System.Text.Json;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;
using DfxrmViz.Web.Api.Contracts;
using DfxrmViz.Web.Storage;

namespace DfxrmViz.Web.Api;

/// <summary>POST/GET /api/v1/plans and /api/v1/rooms (docs/api.md "Saved plans, live rooms, exports"). Plans pass the
/// <see cref="IPlanNormalizer"/>; a store that is down answers 503 problem+json that says nothing was saved.</summary>
public static class PlanStoreEndpoints
{
    public static RouteGroupBuilder MapPlanStoreEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/plans", SavePlanAsync)
            .WithName("SavePlan")
            .WithSummary("Saves a plan for good under a new unguessable id; saving again makes a new id.")
            .Produces<SavedLinkDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/plans/{id}", GetPlanAsync)
            .WithName("SavedPlan")
            .WithSummary("A saved plan and when it was saved.")
            .Produces<SavedPlanDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/rooms", CreateRoomAsync)
            .WithName("CreateRoom")
            .WithSummary("Opens a live room holding the plan; everyone who opens /r/{id} sees every change anyone makes.")
            .Produces<SavedLinkDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/rooms/{id}", GetRoomAsync)
            .WithName("Room")
            .WithSummary("A live room's current plan and version.")
            .Produces<RoomStateDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPut("/rooms/{id}/plan", PublishRoomPlanAsync)
            .WithName("PublishRoomPlan")
            .WithSummary("Publishes a plan to a live room: every member sees it. A closed room refuses it (409).")
            .Produces<RoomStateDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/rooms/{id}/close", CloseRoomAsync)
            .WithName("CloseRoom")
            .WithSummary("Closes a live room for everyone: its last plan stays readable, read-only. Closing again keeps the first time.")
            .Produces<RoomStateDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static Task<IResult> SavePlanAsync(SavePlanRequestDto request, IPlanNormalizer normalizer, IPlanStore store, HttpContext http, CancellationToken ct) =>
        Guarded(http, "save the plan", async () =>
        {
            var id = await store.SavePlanAsync(normalizer.Normalize(request.Plan), ct);
            return Results.Created($"/api/v1/plans/{id}", new SavedLinkDto(id, $"/p/{id}"));
        });

    private static Task<IResult> GetPlanAsync(string id, IPlanStore store, HttpContext http, CancellationToken ct) =>
        Guarded(http, "read the saved plan", async () => !PublicId.IsWellFormed(id)
            ? NotFound("Malformed plan id", MalformedId("saved-plan"))
            : await store.GetPlanAsync(id, ct) is { } saved
                ? Results.Ok(new SavedPlanDto(Json(saved.PlanJson), saved.CreatedUtc))
                : NotFound("Unknown plan id", $"No saved plan has the id '{id}'. Check the link, or start from the example plan."));

    private static Task<IResult> CreateRoomAsync(SavePlanRequestDto request, IPlanNormalizer normalizer, RoomService rooms, HttpContext http, CancellationToken ct) =>
        Guarded(http, "open the room", async () =>
        {
            var id = await rooms.CreateAsync(normalizer.Normalize(request.Plan), ct);
            return Results.Created($"/api/v1/rooms/{id}", new SavedLinkDto(id, $"/r/{id}"));
        });

    private static Task<IResult> GetRoomAsync(string id, RoomService rooms, HttpContext http, CancellationToken ct) =>
        Guarded(http, "read the room", async () => !PublicId.IsWellFormed(id)
            ? NotFound("Malformed room id", MalformedId("room"))
            : await rooms.CurrentAsync(id, ct) is { } room
                ? Results.Ok(new RoomStateDto(Json(room.PlanJson), room.Version, room.ClosedUtc))
                : UnknownRoom(id));

    private static Task<IResult> PublishRoomPlanAsync(string id, SavePlanRequestDto request, IPlanNormalizer normalizer, RoomService rooms,
        HttpContext http, CancellationToken ct) =>
        Guarded(http, "publish to the room", async () =>
        {
            if (!PublicId.IsWellFormed(id))
            {
                return NotFound("Malformed room id", MalformedId("room"));
            }
            try
            {
                var room = await rooms.PublishAsync(id, normalizer.Normalize(request.Plan), ct);
                return Results.Ok(new RoomStateDto(Json(room.PlanJson), room.Version));
            }
            catch (RoomNotFoundException)
            {
                return UnknownRoom(id);
            }
            catch (RoomClosedException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Room closed", detail: e.Message);
            }
        });

    private static Task<IResult> CloseRoomAsync(string id, RoomService rooms, HttpContext http, CancellationToken ct) =>
        Guarded(http, "close the room", async () =>
        {
            if (!PublicId.IsWellFormed(id))
            {
                return NotFound("Malformed room id", MalformedId("room"));
            }
            return await rooms.CloseAsync(id, ct) is { } room
                ? Results.Ok(new RoomStateDto(Json(room.PlanJson), room.Version, room.ClosedUtc))
                : UnknownRoom(id);
        });

    private static IResult UnknownRoom(string id) =>
        NotFound("Unknown room id", $"No live room has the id '{id}'. Check the link, or start from the example plan.");

    /// <summary>Store failures as problem+json: down → 503 (nothing saved, try again), too large → 413.</summary>
    private static async Task<IResult> Guarded(HttpContext http, string what, Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e is PlanStoreUnavailableException or RoomUnavailableException)
        {
            // The driver's details go to the log for the operator, never into the answer.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlanStoreEndpoints))
                .LogWarning(e, "Could not {What}: storage not available", what);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage not available",
                detail: $"The server could not {what}: its plan storage is not available right now. Nothing was changed; " +
                        "the plan is still in the page address. Try again in a moment.");
        }
        catch (PlanTooLargeException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Plan too large", detail: e.Message);
        }
    }

    private static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    private static string MalformedId(string kind) =>
        $"This is not a {kind} id: ids are {PublicId.Length} characters of A–Z, a–z, 0–9, '-' and '_'. Check the link, or start from the example plan.";

    private static JsonElement Json(string text) => JsonSerializer.Deserialize<JsonElement>(text);
}
