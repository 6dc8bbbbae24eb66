using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace NetralitasSearch.LocalRunner;

/// <summary>
/// Every function of the app assembly, read from its own attributes: <c>[Function]</c> names it, the trigger attribute
/// on one parameter says what starts it. Nothing about a function is declared again here; a trigger the runner cannot
/// drive stops it at start with the function's name.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<FunctionDescriptor> functions) => Functions = functions;

    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    public IEnumerable<FunctionDescriptor> Of(FunctionTrigger trigger) => Functions.Where(function => function.Trigger == trigger);

    public static FunctionCatalog Read(Assembly assembly, SettingResolver settings)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(settings);
        var functions = new List<FunctionDescriptor>();
        foreach (var type in assembly.GetExportedTypes().Where(type => type.IsClass && !type.IsAbstract).OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is { } function)
                {
                    functions.Add(Describe(function.Name, type, method, settings));
                }
            }
        }

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new FunctionCatalog(functions)
            : throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'.");
    }

    private static FunctionDescriptor Describe(string name, Type type, MethodInfo method, SettingResolver settings)
    {
        foreach (var parameter in method.GetParameters())
        {
            var where = $"Function {name} ({type.Name}.{method.Name})";
            switch (parameter.GetCustomAttributes().FirstOrDefault(IsTrigger))
            {
                case HttpTriggerAttribute http:
                    return new(name, type, method, FunctionTrigger.Http, http, parameter, settings.Resolve(http.Route ?? name, where));
                case QueueTriggerAttribute queue:
                    return new(name, type, method, FunctionTrigger.Queue, queue, parameter, settings.Resolve(queue.QueueName, where));
                case TimerTriggerAttribute timer:
                    return new(name, type, method, FunctionTrigger.Timer, timer, parameter, settings.Resolve(timer.Schedule, where));
                case BlobTriggerAttribute blob:
                    var path = settings.Resolve(blob.BlobPath, where);
                    return new(name, type, method, FunctionTrigger.Blob, blob, parameter, path.Split('/')[0]);
                case { } other:
                    throw new InvalidOperationException($"{where} has a {other.GetType().Name}, which the local runner cannot drive.");
            }
        }

        throw new InvalidOperationException($"Function {name} ({type.Name}.{method.Name}) has no trigger parameter.");
    }

    private static bool IsTrigger(Attribute attribute) => attribute.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal);
}
