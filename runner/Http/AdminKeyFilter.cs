using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.LocalRunner.Http;

/// <summary>
/// Guards a function whose authLevel is not anonymous, as the Functions host does with its function keys: the key
/// (<see cref="AdminKeys"/>, <c>Admin__Key</c>) comes in the <c>x-functions-key</c> header or the <c>code</c> query
/// parameter. A missing or wrong key is 401; no configured key is 403.
/// </summary>
public sealed class AdminKeyFilter(AdminKeys keys) : IEndpointFilter
{
    public const string Header = "x-functions-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!keys.IsConfigured)
        {
            return Results.Json(new { error = "Admin functions are off: no admin key is configured (set Admin__Key)." }, DocumentJson.Options, statusCode: StatusCodes.Status403Forbidden);
        }

        var request = context.HttpContext.Request;
        var presented = request.Headers[Header].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (!keys.Accepts(presented))
        {
            return Results.Json(new { error = "This function needs the admin key (x-functions-key header or code= parameter)." }, DocumentJson.Options, statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context).ConfigureAwait(false);
    }
}
