using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.LocalRunner.Http;

/// <summary>
/// Maps every HTTP-triggered function to an endpoint from its own attribute: host.json's route prefix
/// (<c>extensions.http.routePrefix</c>, "api" when unset) before the route, the methods, the admin key unless the
/// auth level is anonymous, the search rate limit where the function is <see cref="RateLimitedAttribute"/>.
/// </summary>
public static class HttpFunctionEndpoints
{
    public const string RoutePrefixSetting = "AzureFunctionsJobHost:extensions:http:routePrefix";

    public static void MapHttpFunctions(this WebApplication app, FunctionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(catalog);
        var prefix = (app.Configuration[RoutePrefixSetting] ?? "api").Trim('/');
        foreach (var function in catalog.Of(FunctionTrigger.Http))
        {
            FunctionInvoker.Check(function);
            var trigger = (HttpTriggerAttribute)function.Attribute;
            var route = function.Target.Trim('/');
            var pattern = "/" + (prefix.Length == 0 ? route : route.Length == 0 ? prefix : $"{prefix}/{route}");
            var methods = (trigger.Methods ?? ["get", "post", "put", "delete", "patch", "head", "options"]).Select(method => method.ToUpperInvariant()).ToArray();
            // A route handler (a Delegate, not a RequestDelegate), so endpoint filters run and the IResult is written.
            Delegate handler = (HttpContext context) => InvokeAsync(context, function);
            var endpoint = app.MapMethods(pattern, methods, handler).WithName(function.Name);
            if (trigger.AuthLevel != AuthorizationLevel.Anonymous)
            {
                endpoint.AddEndpointFilter<AdminKeyFilter>();
            }

            if (function.Method.IsDefined(typeof(RateLimitedAttribute), inherit: false))
            {
                endpoint.RequireRateLimiting(SearchRateLimit.Policy);
            }
        }
    }

    private static async Task<IResult> InvokeAsync(HttpContext context, FunctionDescriptor function)
    {
        var result = await FunctionInvoker.InvokeAsync(context.RequestServices, function, new FunctionInvoker.Input(Http: context), context.RequestAborted).ConfigureAwait(false);
        return result as IResult ?? Results.NoContent();
    }
}
