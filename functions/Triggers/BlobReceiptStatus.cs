namespace NetralitasSearch.Functions.Triggers;

public enum BlobReceiptStatus
{
    Processed,
    Failed,
    Poisoned,
}
