using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Multistore.Feeds.Endpoints;

/// <summary>A feed request: the store's culture asked for with <c>?culture=</c> (optional), and the request itself.</summary>
public sealed record FeedRequest(HttpContext Context, [FromQuery(Name = "culture")] string? Culture);
