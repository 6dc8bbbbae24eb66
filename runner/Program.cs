using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging.Console;
using NetralitasSearch.Functions;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Functions.Hosting;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.LocalRunner;
using NetralitasSearch.LocalRunner.Http;
using NetralitasSearch.LocalRunner.Triggers;

// The local runner: stands in for the Azure Functions host on machines without Core Tools. It runs the app's function
// classes (functions/) as they are, reading what starts each from its own attributes: HTTP routes on ASP.NET Core, queue
// and timer triggers on our trigger engine, blob triggers through their queue twins.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = Directory.GetCurrentDirectory(),
});

// host.json and local.settings.json as the Functions host reads them; the environment wins.
builder.Configuration.AddFunctionsConfiguration(AppContext.BaseDirectory);

// One line per log entry, every line through the redactor: request logs and exception texts must never print a key.
builder.Logging.AddConsole(options => options.FormatterName = RedactingConsoleFormatter.FormatterName)
    .AddConsoleFormatter<RedactingConsoleFormatter, ConsoleFormatterOptions>();

// The app's own services, composed as on Azure, then the functions it declares.
builder.Services.AddNetralitasApp(builder.Configuration);
var catalog = FunctionCatalog.Read(typeof(IngestArticleFunction).Assembly, new SettingResolver(builder.Configuration));
builder.Services.AddTriggerEngine(catalog, builder.Configuration);

// What the Functions host does for HTTP: function keys (here Admin__Key), and, as the app's middleware does on Azure,
// the search rate limit per client address.
builder.Services.AddSingleton(AdminKeys.From(builder.Configuration));
builder.Services.AddSingleton<AdminKeyFilter>();
var limits = SearchRateLimit.From(builder.Configuration);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPolicy(SearchRateLimit.Policy, limits.Partition);
    options.OnRejected = (context, token) => new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(new { error = SearchRateLimit.Refusal }, token));
});

builder.WebHost.UseUrls(RunnerSettings.Urls(builder.Configuration));
var app = builder.Build();

app.UseExceptionHandler(error => error.Run(async context =>
{
    var damaged = context.Features.Get<IExceptionHandlerFeature>()?.Error is { } failure && IndexService.IsDamage(failure);
    context.Response.StatusCode = damaged ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
    await context.Response.WriteAsJsonAsync(new { error = damaged ? ErrorAnswers.IndexDamaged : ErrorAnswers.ServerFailure });
}));
app.Use((context, next) =>
{
    SecurityHeaders.Set(context.Response.Headers);
    return next(context);
});
app.UseRateLimiter();
app.MapHttpFunctions(catalog);

TriggerEngine.LogFunctions(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NetralitasSearch.LocalRunner"), catalog);
app.Run();
