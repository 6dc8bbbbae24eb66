using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using NetralitasSearch.Functions.Hosting;
using NetralitasSearch.Functions.Triggers;

// The Azure Functions app (isolated worker): started by the Functions host on Azure, or by `func start` where Core
// Tools exist. The local runner (runner/) runs the same function classes without a Functions host.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// host.json is also read by the app itself: its netralitas section and the queue settings shape what functions record.
builder.Configuration.AddFunctionsConfiguration(AppContext.BaseDirectory);
builder.Services.AddNetralitasApp(builder.Configuration);

// What the local runner does in its ASP.NET Core pipeline, done here per invocation: security headers, the search rate
// limit, a damaged index answered as 503.
builder.UseMiddleware<HttpGuardMiddleware>();

builder.Build().Run();
