using Microsoft.Extensions.Configuration;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Tests.Security;

public sealed class SecretRedactorTests
{
    private const string AdminKey = "k3y-of-the-admin-0123";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly SecretRedactor Redactor = SecretRedactor.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Admin:Key"] = AdminKey,
        ["AzureWebJobsStorage"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    }).Build());

    [Theory]
    [InlineData("Request starting HTTP/1.1 GET http://127.0.0.1:7071/api/ingest/status?page=2&code=anything-at-all - - -", "http://127.0.0.1:7071/api/ingest/status?page=2&code=[hidden] - - -")]
    [InlineData("Unexpected key " + AdminKey + " in request", "Unexpected key [hidden] in request")]
    [InlineData("header x-functions-key: whatever123", "header x-functions-key: [hidden]")]
    [InlineData("blob https://acct.blob.core.windows.net/c/b?sv=2018-03-28&sig=abc%2Bdef%3D&se=2030", "blob https://acct.blob.core.windows.net/c/b?sv=2018-03-28&sig=[hidden]&se=2030")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=x;AccountKey=c29tZWtleQ==;EndpointSuffix=core.windows.net", "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=[hidden];EndpointSuffix=core.windows.net")]
    [InlineData("BlobEndpoint=https://x;SharedAccessSignature=sv=2018&sig=abc", "BlobEndpoint=https://x;SharedAccessSignature=[hidden]")]
    [InlineData("fetch https://user:hunter2@kabar.example/berita", "fetch https://user:[hidden]@kabar.example/berita")]
    public void SecretsInALogLineAreHidden(string line, string expectedEnd)
    {
        Assert.EndsWith(expectedEnd, Redactor.Redact(line), StringComparison.Ordinal);
    }

    [Fact]
    public void TheAccountKeyIsHiddenWrittenPlainOrUrlEncoded()
    {
        var redacted = Redactor.Redact($"key {AccountKey} or {Uri.EscapeDataString(AccountKey)}");

        Assert.Equal("key [hidden] or [hidden]", redacted);
    }

    [Theory]
    [InlineData("IngestArticle tests/a.html: indexed document 0123456789abcdef0123")]
    [InlineData("Now listening on: http://127.0.0.1:7071")]
    [InlineData("HTTP 404 Not Found; status code 500 from the site")]
    public void OrdinaryLinesStayAsTheyAre(string line)
    {
        Assert.Equal(line, Redactor.Redact(line));
    }
}
