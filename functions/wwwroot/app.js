// The search page: the URL holds the whole search state, results are drawn with textContent
// (the snippet is the only HTML, escaped by the server before it marks matches).
(() => {
  "use strict";
  const $ = (selector) => document.querySelector(selector);
  const searchForm = $("#search");
  const filterForm = $("#filters");
  const fields = ["regency", "province", "person", "from", "to", "sort"];

  function stateFromUrl() {
    const params = new URLSearchParams(location.search);
    $("#q").value = params.get("q") || "";
    for (const name of fields) {
      const input = filterForm.elements[name];
      if (input) input.value = params.get(name) || (name === "sort" ? "relevance" : "");
    }
    return params;
  }

  function paramsFromForms(page) {
    const params = new URLSearchParams();
    const q = $("#q").value.trim();
    if (q) params.set("q", q);
    for (const name of fields) {
      const value = (filterForm.elements[name].value || "").trim();
      if (value && !(name === "sort" && value === "relevance")) params.set(name, value);
    }
    if (page && page > 1) params.set("page", String(page));
    return params;
  }

  function navigate(page) {
    const params = paramsFromForms(page);
    history.pushState(null, "", params.toString() ? `?${params}` : location.pathname);
    run(params);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  async function run(params) {
    const status = $("#status");
    const hits = $("#hits");
    if (![...params.keys()].some((key) => key !== "sort" && key !== "page")) {
      status.textContent = "Ketik kata kunci untuk mencari.";
      status.className = "status";
      hits.replaceChildren();
      $("#facets").replaceChildren();
      $("#pager").replaceChildren();
      return;
    }
    status.textContent = "Mencari…";
    const response = await fetch(`/api/search?${params}`);
    const body = await response.json();
    if (!response.ok) {
      status.textContent = body.error || "Pencarian gagal.";
      status.className = "status error";
      hits.replaceChildren();
      return;
    }
    status.className = "status";
    status.textContent = `${body.total} dokumen` + (body.relaxed ? " (tidak ada yang memuat semua kata; ditampilkan yang paling mendekati)" : "");
    hits.replaceChildren(...body.hits.map(renderHit));
    renderFacets(body.facets || {});
    renderPager(body.total, body.page, body.size);
  }

  function renderHit(hit) {
    const item = element("li", "hit");
    const title = element("h2");
    const link = element("a", null, hit.title);
    link.href = `/api/documents/${encodeURIComponent(hit.id)}`;
    title.append(link);
    const meta = element("p", "meta", [hit.published || "tanpa tanggal", hit.source || "", hit.file].filter(Boolean).join(" · "));
    const chips = element("ul", "chips");
    for (const regency of hit.regencies || []) chips.append(element("li", "chip", regency));
    for (const person of (hit.persons || []).slice(0, 5)) chips.append(element("li", "chip person", person.position ? `${person.name} (${person.position})` : person.name));
    for (const violation of hit.violations || []) chips.append(element("li", "chip violation", violation));
    const snippet = element("p", "snippet");
    snippet.innerHTML = hit.snippet; // escaped by the server; only <mark> is markup
    item.append(title, meta, chips, snippet);
    if (hit.url) {
      const original = element("a", "meta", "Buka artikel asli");
      original.href = hit.url;
      original.rel = "noopener noreferrer";
      item.append(original);
    }
    return item;
  }

  const facetNames = { regency: "Kabupaten/kota", province: "Provinsi", year: "Tahun", person: "Tokoh", violation: "Jenis pelanggaran", source: "Media" };

  function renderFacets(facets) {
    const container = $("#facets");
    container.replaceChildren();
    for (const [name, label] of Object.entries(facetNames)) {
      const values = facets[name] || [];
      if (!values.length) continue;
      const section = element("div", "facet");
      section.append(element("h3", null, label));
      const list = element("ul");
      for (const value of values) {
        const button = element("button");
        button.type = "button";
        button.append(element("span", null, value.value), element("span", null, String(value.count)));
        button.addEventListener("click", () => applyFacet(name, value.value));
        const li = element("li");
        li.append(button);
        list.append(li);
      }
      section.append(list);
      container.append(section);
    }
  }

  function applyFacet(name, value) {
    if (name === "year") {
      filterForm.elements.from.value = `${value}-01-01`;
      filterForm.elements.to.value = `${value}-12-31`;
    } else if (filterForm.elements[name]) {
      filterForm.elements[name].value = value;
    } else {
      const q = $("#q");
      q.value = `${q.value} ${name}:"${value.replaceAll('"', "")}"`.trim();
    }
    navigate(1);
  }

  function renderPager(total, page, size) {
    const pager = $("#pager");
    pager.replaceChildren();
    const pages = Math.ceil(total / size);
    if (pages <= 1) return;
    if (page > 1) {
      const previous = element("button", null, "‹ Sebelumnya");
      previous.addEventListener("click", () => navigate(page - 1));
      pager.append(previous);
    }
    pager.append(element("span", "meta", `Halaman ${page} dari ${pages}`));
    if (page < pages) {
      const next = element("button", null, "Berikutnya ›");
      next.addEventListener("click", () => navigate(page + 1));
      pager.append(next);
    }
  }

  searchForm.addEventListener("submit", (event) => { event.preventDefault(); navigate(1); });
  filterForm.addEventListener("submit", (event) => { event.preventDefault(); navigate(1); });
  filterForm.addEventListener("reset", () => setTimeout(() => navigate(1), 0));
  window.addEventListener("popstate", () => run(stateFromUrl()));
  run(stateFromUrl());
})();
