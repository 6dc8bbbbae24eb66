using System.Reflection;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace NetralitasSearch.LocalRunner;

/// <summary>
/// Calls a function method as the worker would: the class from the services (its constructor injected), then each
/// parameter from what the trigger gave (the request, its route values, the queue message, the timer) and the
/// cancellation token; awaits what it returns. A parameter the runner cannot supply is refused when the app starts.
/// </summary>
public static class FunctionInvoker
{
    /// <summary>What a trigger hands to one invocation.</summary>
    public sealed record Input(HttpContext? Http = null, QueueMessage? Message = null, TimerInfo? Timer = null);

    /// <summary>Throws at start, naming the parameter, when an invocation could not fill it.</summary>
    public static void Check(FunctionDescriptor function)
    {
        ArgumentNullException.ThrowIfNull(function);
        foreach (var parameter in function.Method.GetParameters())
        {
            var type = parameter.ParameterType;
            var known = type == typeof(CancellationToken) || parameter == function.TriggerParameter
                || (function.Trigger == FunctionTrigger.Http && type == typeof(string));
            if (!known && !parameter.HasDefaultValue)
            {
                throw new InvalidOperationException($"Function {function.Name}: the local runner cannot supply the parameter '{parameter.Name}' ({type.Name}).");
            }
        }

        var supported = function.Trigger switch
        {
            FunctionTrigger.Http => function.TriggerParameter.ParameterType == typeof(HttpRequest),
            FunctionTrigger.Queue => function.TriggerParameter.ParameterType == typeof(QueueMessage) || function.TriggerParameter.ParameterType == typeof(string),
            FunctionTrigger.Timer => function.TriggerParameter.ParameterType == typeof(TimerInfo),
            _ => true,
        };
        if (!supported)
        {
            throw new InvalidOperationException($"Function {function.Name}: the local runner cannot bind its trigger to {function.TriggerParameter.ParameterType.Name}.");
        }
    }

    public static async Task<object?> InvokeAsync(IServiceProvider services, FunctionDescriptor function, Input input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(input);
        var instance = services.GetRequiredService(function.Class);
        var arguments = function.Method.GetParameters().Select(parameter => Argument(parameter, function, input, cancellationToken)).ToArray();
        object? returned;
        try
        {
            returned = function.Method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerException);
            throw;
        }

        switch (returned)
        {
            case Task task:
                await task.ConfigureAwait(false);
                return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            default:
                return returned;
        }
    }

    private static object? Argument(ParameterInfo parameter, FunctionDescriptor function, Input input, CancellationToken cancellationToken)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (parameter == function.TriggerParameter)
        {
            return function.Trigger switch
            {
                FunctionTrigger.Http => input.Http!.Request,
                FunctionTrigger.Queue when parameter.ParameterType == typeof(string) => input.Message!.MessageText,
                FunctionTrigger.Queue => input.Message,
                FunctionTrigger.Timer => input.Timer,
                _ => throw new InvalidOperationException($"Function {function.Name} cannot be invoked by the local runner directly."),
            };
        }

        // Route values by parameter name, as the worker binds them.
        if (input.Http is { } http && parameter.ParameterType == typeof(string))
        {
            return http.GetRouteValue(parameter.Name!) as string ?? (parameter.HasDefaultValue ? parameter.DefaultValue : null);
        }

        return parameter.HasDefaultValue ? parameter.DefaultValue : null;
    }
}
