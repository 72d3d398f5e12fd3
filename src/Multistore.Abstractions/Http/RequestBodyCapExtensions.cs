using Microsoft.AspNetCore.Builder;

namespace Multistore.Http;

public static class RequestBodyCapExtensions
{
    /// <summary>Caps the request body of the endpoints this builder makes (see <see cref="RequestBodyCap"/>).</summary>
    public static TBuilder WithBodyCap<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new RequestBodyCap(maxBytes));
}
