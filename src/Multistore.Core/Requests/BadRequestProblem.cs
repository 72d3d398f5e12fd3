using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Multistore.Requests;

/// <summary>
/// The answer to a request the server could not read (malformed JSON, a value of the wrong type, a body over its cap): a
/// problem document with the status of the failure that names the field, or the JSON path and position, and never echoes
/// the value sent (it may be megabytes). The same in every environment.
/// </summary>
internal static partial class BadRequestProblem
{
    public static Task WriteAsync(HttpContext context, BadHttpRequestException exception)
    {
        context.Response.Clear();
        return Describe(exception, context.Request).ExecuteAsync(context);
    }

    public static Results<ProblemHttpResult, ValidationProblem> Describe(BadHttpRequestException exception, HttpRequest request)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(exception.Message, statusCode: exception.StatusCode, title: "Request body too large");
        }

        if (exception.InnerException is JsonException json)
        {
            var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1 ?? 1})" : "";
            return Validation(path, $"The JSON at {path}{where} is malformed or not of the expected type.", "The request body is not valid JSON.");
        }

        if (BindFailure().Match(exception.Message) is { Success: true } bind)
        {
            var name = AsSent(bind.Groups["name"].Value, request);
            return Validation(name, $"'{name}' must be a valid {bind.Groups["type"].Value}.", $"The value of '{name}' is not valid.");
        }

        var detail = exception.Message.Length > 300 ? exception.Message[..300] + "…" : exception.Message;
        return TypedResults.Problem(detail, statusCode: exception.StatusCode, title: "Bad request");
    }

    /// <summary>
    /// The field as the client named it: ASP.NET Core's message names the handler's parameter (<c>Page</c> of an
    /// <c>[AsParameters]</c> record bound from <c>?page=</c>), so the query string's or route's own spelling wins.
    /// </summary>
    private static string AsSent(string parameter, HttpRequest request) =>
        request.Query.Keys.FirstOrDefault(key => string.Equals(key, parameter, StringComparison.OrdinalIgnoreCase))
        ?? request.RouteValues.Keys.FirstOrDefault(key => string.Equals(key, parameter, StringComparison.OrdinalIgnoreCase))
        ?? JsonNamingPolicy.CamelCase.ConvertName(parameter);

    private static ValidationProblem Validation(string field, string message, string title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]+) (?<name>[^"\s]+)" from""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BindFailure();
}
