namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>One way of writing a region's name.</summary>
/// <param name="IsAcronym">Written in capitals in the data ("OKU", "PALI"): must be in capitals in the text.</param>
/// <param name="IsCommonWord">Also an ordinary word ("Batu", "Puncak"): needs a cue unless capitalised mid-sentence.</param>
/// <param name="CarriesKind">The written form names the kind itself ("Kabupaten Bekasi", "Kota Bekasi").</param>
internal sealed record NameEntry(Region Region, bool IsAcronym, bool IsCommonWord, bool CarriesKind);
