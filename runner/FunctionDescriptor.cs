using System.Reflection;

namespace NetralitasSearch.LocalRunner;

/// <summary>
/// One function of the app as its attributes declare it: the name of its [Function], the method and class, the trigger
/// attribute, and the trigger's parameter. Settings in the attribute (<c>%Name%</c>) are already resolved.
/// </summary>
/// <param name="Target">Route (HTTP), queue name (queue), schedule (timer) or container (blob), resolved.</param>
public sealed record FunctionDescriptor(string Name, Type Class, MethodInfo Method, FunctionTrigger Trigger, Attribute Attribute, ParameterInfo TriggerParameter, string Target);
