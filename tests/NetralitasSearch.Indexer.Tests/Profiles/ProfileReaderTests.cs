using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Profiles;

namespace NetralitasSearch.Indexer.Tests.Profiles;

/// <summary>Person and regency pages read from a real Lucene index through its field filters.</summary>
public sealed class ProfileReaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("netralitas-profile-tests-").FullName;
    private readonly IndexWriter writer;
    private readonly ProfileReader reader;

    public ProfileReaderTests()
    {
        writer = IndexWriter.Open(new IndexOptions(directory));
        writer.Upsert(
        [
            Doc("a", "Kades Sukamaju Dukung Paslon", new DateOnly(2024, 6, 3), "16.05", ["village-officials", "declaration-of-support"], new PersonEntity("Ahmad Fauzi", "Kepala Desa Sukamaju", null, "Musi Rawas")),
            Doc("b", "Ahmad Fauzi Dipanggil Bawaslu", new DateOnly(2024, 10, 8), "16.05", ["village-officials"], new PersonEntity("Ahmad Fauzi", "Kepala Desa Sukamaju", null, "Musi Rawas"), new PersonEntity("Rudi Hartono", "Ketua Bawaslu Musi Rawas")),
            Doc("c", "Camat Baru Dilantik", new DateOnly(2025, 2, 1), "16.05", [], new PersonEntity("Ahmad Fauzi", "Camat Tuah Negeri", null, "Musi Rawas")),
            Doc("d", "Surat Edaran Netralitas ASN Musi Rawas", new DateOnly(2024, 5, 2), "16.05", ["appeal"], new PersonEntity("Rudi Hartono", "Ketua Bawaslu Musi Rawas")),
            Doc("e", "Ahmad Fauzan di OKU", new DateOnly(2024, 7, 1), "16.01", ["social-media"], new PersonEntity("Ahmad Fauzan", "Guru")),
            Doc("f", "ASN Musi Rawas Unggah Dukungan", null, "16.05", ["social-media"]),
        ]);
        reader = new ProfileReader(new IndexSearcher(writer));
    }

    [Fact]
    public void APersonPageListsEveryDocumentAndThePositionsHeldOverTime()
    {
        var outcome = reader.Person("ahmad  FAUZI");

        Assert.True(outcome.IsSuccess, outcome.Error);
        var person = outcome.Profile;
        Assert.Equal("Ahmad Fauzi", person.Name);
        Assert.Equal(["c", "b", "a"], person.Documents.Select(d => d.Id));
        Assert.Equal(3, person.DocumentCount);
        Assert.Equal(new DateOnly(2024, 6, 3), person.FirstSeen);
        Assert.Equal(new DateOnly(2025, 2, 1), person.LastSeen);
        Assert.Equal(
            [new PositionHeld("Kepala Desa Sukamaju", "Musi Rawas", new DateOnly(2024, 6, 3), new DateOnly(2024, 10, 8), 2), new PositionHeld("Camat Tuah Negeri", "Musi Rawas", new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 1), 1)],
            person.Positions);
        Assert.Equal(new AggregateBucket("Musi Rawas", 3, 3, []), person.Regencies.Single());
        Assert.Equal([("village-officials", 2), ("declaration-of-support", 1)], person.Violations.Select(v => (v.Value, v.Count)));
        Assert.Equal(["Kepala Desa Sukamaju"], person.Documents[1].Positions);
    }

    [Fact]
    public void APartOfANameIsNotFoundButSuggestsTheNamesHoldingIt()
    {
        var outcome = reader.Person("Ahmad");

        Assert.Equal(ProfileProblem.NotFound, outcome.Problem);
        Assert.Equal(["Ahmad Fauzan", "Ahmad Fauzi"], outcome.Suggestions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    public void ANameWithoutLettersIsABadRequest(string name) => Assert.Equal(ProfileProblem.BadRequest, reader.Person(name).Problem);

    [Fact]
    public void AnUnknownPersonIsNotFound() => Assert.Equal(ProfileProblem.NotFound, reader.Person("Siti Nurbaya").Problem);

    [Theory]
    [InlineData("Musi Rawas")]
    [InlineData("16.05")]
    [InlineData("Mura")]
    public void ARegencyPageCountsIncidentsByMonthAndListsItsPeopleKindsAndCirculars(string asked)
    {
        var outcome = reader.Regency(asked);

        Assert.True(outcome.IsSuccess, outcome.Error);
        var regency = outcome.Profile;
        Assert.Equal(("16.05", "Musi Rawas", "Sumatera Selatan"), (regency.Code, regency.Name, regency.Province));
        Assert.Equal(5, regency.Stories);
        Assert.Equal(3, regency.Incidents);
        Assert.Equal([new MonthCount("2024-06", 1), new MonthCount("2024-10", 1)], regency.IncidentMonths);
        Assert.Equal(1, regency.UndatedIncidents);
        Assert.Equal(["a", "b", "f"], regency.LatestIncidents.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["d"], regency.Circulars.Select(d => d.Id));
        var fauzi = regency.Persons.Single(p => p.Value == "Ahmad Fauzi");
        Assert.Equal(3, fauzi.Count);
        Assert.Equal(["Camat Tuah Negeri", "Kepala Desa Sukamaju"], fauzi.Buckets.Select(b => b.Value).Order(StringComparer.Ordinal));
        Assert.Contains(regency.Violations, v => v.Value == "village-officials" && v.Count == 2);
        Assert.Contains(regency.Violations, v => v.Value == "appeal" && v.Count == 1);
    }

    [Fact]
    public void AProvinceIsABadRequestAndAnUnknownPlaceIsNotFound()
    {
        Assert.Equal(ProfileProblem.BadRequest, reader.Regency("Sumatera Selatan").Problem);
        Assert.Equal(ProfileProblem.BadRequest, reader.Regency("").Problem);
        Assert.Equal(ProfileProblem.NotFound, reader.Regency("Atlantis Raya").Problem);
    }

    [Fact]
    public void ABareNameSharedByARegencyAndACityOffersTheOther()
    {
        var outcome = reader.Regency("Bekasi");

        Assert.True(outcome.IsSuccess, outcome.Error);
        Assert.Single(outcome.Profile.Alternatives);
        Assert.NotEqual(outcome.Profile.Code, outcome.Profile.Alternatives[0].Code);
    }

    public void Dispose()
    {
        writer.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static Document Doc(string id, string title, DateOnly? published, string regencyCode, string[] violations, params PersonEntity[] persons)
    {
        var region = NetralitasSearch.Indexer.Extraction.Regions.Gazetteer.Default.ByCode(regencyCode)!;
        return new Document
        {
            Id = id,
            File = id + ".txt",
            Format = DocumentFormat.Text,
            Title = title,
            Text = title + ". " + string.Join(", ", persons.Select(p => $"{p.Name} ({p.Position})")),
            Published = published,
            Regencies = [region.DisplayName],
            RegencyCodes = [region.Code],
            Provinces = [region.ProvinceName],
            Violations = violations,
            Incidents = violations.Where(v => v != "appeal").ToList(),
            Persons = persons,
        };
    }
}
