using System.Text.Json;
using Microsoft.Playwright;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>
/// The document view of documents read by OCR, in chromium: the read page beside the text (one at a time, by buttons,
/// arrow keys or the address; after the text on a phone), every word OCR was unsure of marked at its place, and for
/// every document a link to the original file; nothing the page loads is refused by its Content-Security-Policy.
/// </summary>
[Collection(DocumentViewCollection.Name)]
public sealed class ScannedDocumentPageTests(DocumentViewFixture fixture)
{
    [Fact]
    public async Task AScannedCircularShowsItsPagesBesideTheTextWithTheUncertainWordsMarked()
    {
        var stored = await fixture.DocumentAsync(DocumentViewFixture.ScannedPdf);
        var text = stored.GetProperty("text").GetString()!;
        var uncertain = stored.GetProperty("ocr").GetProperty("low_confidence").EnumerateArray()
            .Select(span => text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32())).ToList();
        Assert.True(uncertain.Count > 0, "the scanned fixture should have words OCR was unsure of");
        var page = await fixture.NewPageAsync();
        var problems = Watch(page);
        var pageRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/pages/", StringComparison.Ordinal))
            {
                pageRequests.Add(request.Url[(request.Url.LastIndexOf('/') + 1)..]);
            }
        };

        await page.GotoAsync($"/document.html?id={DocumentViewFixture.Id(DocumentViewFixture.ScannedPdf)}");

        // Page 1 of 2, an image the host rendered, loaded beside the text; page 2 is not fetched before it is asked for.
        await page.WaitForFunctionAsync(PageShown(1));
        Assert.InRange(await page.EvaluateAsync<int>("() => document.querySelector('#doc-page-image').naturalWidth"), 1235, 1245);
        Assert.Equal("Halaman 1 dari 2", await page.TextContentAsync("#page-position"));
        Assert.Contains("Halaman 1", await page.TextContentAsync("#doc-page-caption") ?? "", StringComparison.Ordinal);
        Assert.StartsWith("Pindaian halaman 1 dari “", await page.GetAttributeAsync("#doc-page-image", "alt"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#page-prev").IsDisabledAsync());
        var textBox = await page.Locator("#doc-text").BoundingBoxAsync();
        var imageBox = await page.Locator("#doc-page-image").BoundingBoxAsync();
        Assert.True(imageBox!.X >= textBox!.X + textBox.Width, $"the page image (x {imageBox.X}) is not beside the text (x {textBox.X}, width {textBox.Width})");
        Assert.True(imageBox.Y < textBox.Y + textBox.Height && textBox.Y < imageBox.Y + imageBox.Height, "the page image and the text do not sit side by side");
        Assert.Equal(["1"], pageRequests);

        // Every uncertain word is marked where it stands (pieces of one word share its number), and the text reads as stored.
        var marked = await page.EvaluateAsync<JsonElement>("""
            () => {
              const words = {};
              for (const mark of document.querySelectorAll('#doc-text mark.ocr-low')) words[mark.dataset.word] = (words[mark.dataset.word] || '') + mark.textContent;
              return Object.keys(words).sort((a, b) => a - b).map((k) => words[k]);
            }
            """);
        Assert.Equal(uncertain, marked.EnumerateArray().Select(word => word.GetString() ?? "").ToList());
        Assert.Equal(text, await page.EvaluateAsync<string>("() => document.querySelector('#doc-text').textContent"));
        Assert.Equal(1, await page.Locator("#legend mark.ocr-low").CountAsync());
        Assert.StartsWith("OCR kurang yakin membaca kata ini (", await page.GetAttributeAsync("#doc-text mark.ocr-low", "title"), StringComparison.Ordinal);
        Assert.Contains("OCR (tesseract", await page.TextContentAsync("#doc-ocr") ?? "", StringComparison.Ordinal);
        Assert.Contains($"{uncertain.Count} kata", await page.TextContentAsync("#doc-ocr") ?? "", StringComparison.Ordinal);

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await BrowserSession.ScreenshotAsync(page, "document-scan", fullPage: false);

        // The next page by its button: fetched now, loaded, and named in the address so that a link can point at it.
        await page.ClickAsync("#page-next");
        await page.WaitForFunctionAsync(PageShown(2));
        Assert.Equal("Halaman 2 dari 2", await page.TextContentAsync("#page-position"));
        Assert.Equal(["1", "2"], pageRequests);
        Assert.EndsWith("&page=2", page.Url, StringComparison.Ordinal);
        // The button that turned disabled handed the keyboard's focus to the other one.
        Assert.True(await page.Locator("#page-next").IsDisabledAsync());
        Assert.Equal("page-prev", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // The arrow keys (and Home, End) turn pages while the focus is in the panel.
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.WaitForFunctionAsync(PageShown(1));
        Assert.Equal("Halaman 1 dari 2", await page.TextContentAsync("#page-position"));
        Assert.Equal("page-next", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("End");
        await page.WaitForFunctionAsync("() => document.querySelector('#page-position').textContent === 'Halaman 2 dari 2'");

        // Opened at page 2 from its address.
        var linked = await fixture.NewPageAsync();
        await linked.GotoAsync($"/document.html?id={DocumentViewFixture.Id(DocumentViewFixture.ScannedPdf)}&page=2");
        await linked.WaitForFunctionAsync(PageShown(2));

        // The original file: a download of the PDF as it was uploaded.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#doc-meta a.original-file"));
        Assert.Equal("muratara-se-media-sosial-scan.pdf", download.SuggestedFilename);
        Assert.Equal(fixture.Uploaded[DocumentViewFixture.ScannedPdf], await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task AScannedImageIsItsOwnPageAndTheLabelsFollowTheLanguage()
    {
        var stored = await fixture.DocumentAsync(DocumentViewFixture.ScannedPng);
        var page = await fixture.NewPageAsync();
        var problems = Watch(page);

        await page.GotoAsync($"/document.html?id={DocumentViewFixture.Id(DocumentViewFixture.ScannedPng)}");
        await page.WaitForFunctionAsync(PageShown(1));

        Assert.Equal(1240, await page.EvaluateAsync<int>("() => document.querySelector('#doc-page-image').naturalWidth"));
        Assert.True(await page.Locator("#page-nav").IsHiddenAsync(), "one page needs no page buttons");
        Assert.Equal(stored.GetProperty("ocr").GetProperty("low_confidence").GetArrayLength(), await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('#doc-text mark.ocr-low')].map((m) => m.dataset.word)).size"));

        await page.ClickAsync("#lang-toggle");
        await page.WaitForFunctionAsync("() => document.querySelector('#doc-page-caption').textContent.startsWith('Page 1')");
        Assert.Contains("read by OCR", await page.TextContentAsync("#doc-ocr") ?? "", StringComparison.Ordinal);
        Assert.Equal("Scanned pages", await page.TextContentAsync("#doc-pages h2"));
        Assert.StartsWith("Scan of page 1 of “", await page.GetAttributeAsync("#doc-page-image", "alt"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('#doc-page-image'); return i.complete && i.naturalWidth > 0; }"), "the image was dropped when the language changed");

        // The original link of an image opens the image itself, in place.
        var original = await page.GetAttributeAsync("#doc-meta a.original-file", "href");
        Assert.Equal($"/api/documents/{DocumentViewFixture.Id(DocumentViewFixture.ScannedPng)}/original", original);
        var answer = await page.APIRequest.GetAsync(original!);
        Assert.Equal("image/png", answer.Headers["content-type"]);
        Assert.StartsWith("inline", answer.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal(fixture.Uploaded[DocumentViewFixture.ScannedPng], await answer.BodyAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(DocumentViewFixture.Page, "kades-sukamaju.html")]
    [InlineData(DocumentViewFixture.TextFile, "laporan-panwaslu-sukamaju.txt")]
    [InlineData(DocumentViewFixture.TextPdf, "batanghari-se-netralitas.pdf")]
    public async Task ADocumentNotReadByOcrHasNoScanPanelButLinksToItsOriginalFile(string name, string fileName)
    {
        var page = await fixture.NewPageAsync();
        var problems = Watch(page);

        await page.GotoAsync($"/document.html?id={DocumentViewFixture.Id(name)}");
        await page.WaitForFunctionAsync("() => document.querySelector('#doc-title').textContent.length > 0");

        Assert.True(await page.Locator("#doc-pages").IsHiddenAsync());
        Assert.True(await page.Locator("#doc-ocr").IsHiddenAsync());
        Assert.Equal(0, await page.Locator("mark.ocr-low").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector('#doc-page-image').src.length"));
        Assert.Equal(name, await page.TextContentAsync("#doc-meta a.original-file"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#doc-meta a.original-file"));
        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.Equal(fixture.Uploaded[name], await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task OnAPhoneThePagesFollowTheTextAndLoadWhenScrolledTo()
    {
        var page = await fixture.NewPageAsync(width: 390, height: 844);

        await page.GotoAsync($"/document.html?id={DocumentViewFixture.Id(DocumentViewFixture.ScannedPdf)}");
        await page.WaitForSelectorAsync("#doc-text mark.ocr-low");

        var textBox = await page.Locator("#doc-text").BoundingBoxAsync();
        var pagesBox = await page.Locator("#doc-pages").BoundingBoxAsync();
        Assert.True(pagesBox!.Y >= textBox!.Y + textBox.Height - 1, "on a phone the page images come after the text");
        Assert.True(pagesBox.Width <= 390, $"the page images are {pagesBox.Width} px wide on a 390 px screen");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        Assert.True(
            await page.EvaluateAsync<bool>("() => { const middles = ['#page-prev', '#page-position', '#page-next'].map((s) => { const r = document.querySelector(s).getBoundingClientRect(); return (r.top + r.bottom) / 2; }); return Math.max(...middles) - Math.min(...middles) < 4; }"),
            "on a phone the page buttons and the page number share one line");
        await page.Locator("#doc-page-image").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync(PageShown(1));
        await BrowserSession.ScreenshotAsync(page, "document-scan-phone", fullPage: false);
    }

    /// <summary>A script that holds once the panel's image is page <paramref name="number"/> and has loaded.</summary>
    private static string PageShown(int number) =>
        "() => { const i = document.querySelector('#doc-page-image'); return i.complete && i.naturalWidth > 0 && i.src.endsWith('/pages/" +
        number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "'); }";

    /// <summary>Errors the page logs (a CSP refusal among them) and requests that fail, as they happen.</summary>
    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The pages have no favicon; chromium asks for one anyway, which is not this page's doing.
            if (message.Type == "error" && !message.Location.StartsWith(page.Url.Split("/document.html")[0] + "/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A download is reported as an aborted navigation; it is not a failure.
            if (!request.Url.EndsWith("/original", StringComparison.Ordinal))
            {
                problems.Add($"request failed: {request.Url} {request.Failure}");
            }
        };
        return problems;
    }
}
