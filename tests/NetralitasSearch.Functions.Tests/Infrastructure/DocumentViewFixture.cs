using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// The document view of scans and circulars: Azurite and a host holding a scanned circular read by OCR (a two-page image
/// PDF), a scanned circular as PNG, a circular with a text layer (these from the repository's fixtures), a news page and a
/// plain text, and chromium on first use. The host's blob limit is lowered to 1 MiB so that a test can hold a blob above it.
/// </summary>
public sealed class DocumentViewFixture : IAsyncLifetime
{
    public const long MaxBlobBytes = 1024 * 1024;

    public const string ScannedPdf = "view/muratara-se-media-sosial-scan.pdf";

    public const string ScannedPng = "view/pindaian batanghari (1).png";

    public const string TextPdf = "view/batanghari-se-netralitas.pdf";

    public const string Page = "view/kabar-uji/kades-sukamaju.html";

    public const string TextFile = "view/catatan/laporan-panwaslu-sukamaju.txt";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>(HostFixture.FastScan)
    {
        ["AzureFunctionsJobHost__netralitas__maxBlobBytes"] = MaxBlobBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static readonly (string Name, string Fixture, string ContentType)[] Seeds =
    [
        (ScannedPdf, "muratara-se-media-sosial-scan.pdf", "application/pdf"),
        (ScannedPng, "batanghari-se-netralitas-scan.png", "image/png"),
        (TextPdf, "batanghari-se-netralitas.pdf", "application/pdf"),
    ];

    private readonly BrowserSession browser = new();
    private AzuriteProcess? azurite;
    private HostProcess? host;

    internal AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Not started.");

    internal HostProcess Host => host ?? throw new InvalidOperationException("Not started.");

    public StorageAccount Storage => StorageAccount.Connect(Azurite.ConnectionString);

    public string BaseUrl => $"http://127.0.0.1:{Host.Port}";

    /// <summary>The bytes each seeded blob was uploaded with.</summary>
    public IReadOnlyDictionary<string, byte[]> Uploaded { get; private set; } = new Dictionary<string, byte[]>();

    public static string Id(string name) => DocumentId.ForBlob("articles", name);

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        host = await HostProcess.StartAsync(azurite.ConnectionString, settings: Settings);

        var uploaded = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, fixture, contentType) in Seeds)
        {
            uploaded[name] = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "PdfOcr", fixture));
            await Storage.Blobs.UploadAsync("articles", name, uploaded[name], contentType);
        }

        uploaded[Page] = Articles.Html("qzpindaian", "Bawaslu Musi Rawas Panggil Kades Sukamaju", "Bawaslu menerima laporan.");
        await Storage.Blobs.UploadAsync("articles", Page, uploaded[Page], "text/html; charset=utf-8");
        uploaded[TextFile] = Encoding.UTF8.GetBytes("Laporan Panwaslu Kecamatan Sukamaju\n\nPanwaslu Kecamatan Sukamaju, Musi Rawas, menerima laporan bahwa kepala desa hadir dalam kampanye pada 8 Oktober 2024.\n");
        await Storage.Blobs.UploadAsync("articles", TextFile, uploaded[TextFile], "text/plain; charset=utf-8");
        Uploaded = uploaded;

        // OCR of three scanned pages takes seconds each, many more on a machine busy with other builds.
        foreach (var name in uploaded.Keys)
        {
            var entry = await Host.WaitForFinalEntryAsync(name, timeout: TimeSpan.FromSeconds(240));
            if (entry.GetProperty("state").GetString() != "indexed")
            {
                throw new InvalidOperationException($"{name} was not indexed: {entry}");
            }
        }
    }

    /// <summary>The stored document of a seeded blob, as the API answers it.</summary>
    public Task<JsonElement> DocumentAsync(string name) => Host.GetJsonAsync($"/api/documents/{Id(name)}");

    public Task<IPage> NewPageAsync(int width = 1280, int height = 900) => browser.NewPageAsync(BaseUrl, width, height);

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
