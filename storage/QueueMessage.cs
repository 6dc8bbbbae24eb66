namespace NetralitasSearch.Storage;

/// <summary>A received queue message; <see cref="PopReceipt"/> proves the receiver holds it.</summary>
public sealed record QueueMessage(string Id, string PopReceipt, int DequeueCount, string Text, DateTimeOffset? InsertedOn);
