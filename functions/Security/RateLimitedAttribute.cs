namespace NetralitasSearch.Functions.Security;

/// <summary>
/// Marks an anonymous HTTP function that readers call freely (search, exports, autocomplete): each client address gets
/// a token bucket (<see cref="SearchRateLimit"/>), so one client cannot starve the others. Read by both hosts: the
/// local runner's endpoint and the worker's middleware on Azure.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RateLimitedAttribute : Attribute;
