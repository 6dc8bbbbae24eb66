// The search page. The URL's query string holds the whole search state (shareable links, the back button): every
// change writes the URL, then runs the search from it. Results, facets and charts are built as DOM nodes with
// their text set as text; the snippet's <mark>s are the only markup, copied by N.snippetNodes.
(() => {
  "use strict";
  const N = window.Netralitas;
  const $ = (selector) => document.querySelector(selector);
  const searchForm = $("#search");
  const filterForm = $("#filters");
  const queryInput = $("#q");
  const filterNames = ["regency", "province", "person", "from", "to", "violation", "source", "incidents", "sort"];
  const stateNames = ["q", ...filterNames, "page"];
  let last = null;
  let lastError = null;

  // A checkbox (incidents only) is "true" or absent in the URL; the other filters are their text.
  function fieldValue(name) {
    const field = filterForm.elements[name];
    return field.type === "checkbox" ? (field.checked ? field.value : "") : (field.value || "").trim();
  }

  function setField(name, value) {
    const field = filterForm.elements[name];
    if (field.type === "checkbox") field.checked = value === field.value;
    else field.value = value;
  }


  function formsFromUrl() {
    const params = new URLSearchParams(location.search);
    queryInput.value = params.get("q") || "";
    for (const name of filterNames) setField(name, params.get(name) || (name === "sort" ? "relevance" : ""));
    showFilterCount(params);
    return params;
  }

  function paramsFromForms(page) {
    const params = new URLSearchParams();
    const q = queryInput.value.trim();
    if (q) params.set("q", q);
    for (const name of filterNames) {
      const value = fieldValue(name);
      if (value && !(name === "sort" && value === "relevance")) params.set(name, value);
    }
    if (page > 1) params.set("page", String(page));
    return params;
  }

  function navigate(page = 1) {
    const params = paramsFromForms(page);
    const query = params.toString();
    history.pushState(null, "", query ? `?${query}` : location.pathname);
    run(params);
  }

  function searchParams(params, drop = []) {
    const copy = new URLSearchParams();
    for (const [key, value] of params) if (stateNames.includes(key) && !drop.includes(key)) copy.set(key, value);
    return copy;
  }

  async function run(params) {
    const status = $("#status");
    const isEmpty = ![...params.keys()].some((key) => key !== "sort" && key !== "page");
    status.className = "status";
    lastError = null;
    $("#summary-link").href = `/summary.html${params.toString() ? `?${searchParams(params, ["page", "sort"])}` : ""}`;
    if (isEmpty) {
      last = null;
      status.textContent = N.t("status.empty");
      for (const id of ["#hits", "#partial-hits", "#pager"]) $(id).replaceChildren();
      $("#partial").hidden = true;
      for (const list of document.querySelectorAll(".facet-values")) list.replaceChildren();
      $("#charts").hidden = true;
      $("#exports").hidden = true;
      return;
    }

    status.textContent = N.t("status.searching");
    const search = searchParams(params);
    const [answer, timeline] = await Promise.all([
      N.getJson(`/api/search?${search}`),
      N.getJson(`/api/search/timeline?${searchParams(params, ["page"])}`),
    ]);
    if (!answer.ok) {
      last = null;
      lastError = answer.body;
      status.textContent = N.errorMessage(answer.body, N.t("status.failed"));
      status.className = "status error";
      for (const id of ["#hits", "#partial-hits", "#pager"]) $(id).replaceChildren();
      $("#partial").hidden = true;
      $("#charts").hidden = true;
      $("#exports").hidden = true;
      return;
    }

    last = { params, body: answer.body, timeline: timeline.ok ? timeline.body : null };
    render();
  }

  function render() {
    if (!last) return;
    const { params, body, timeline } = last;
    const status = $("#status");
    status.textContent = N.t("status.total", { total: body.total.toLocaleString(N.locale()) }) + (body.relaxed ? ` — ${N.t("status.relaxed")}` : "");
    $("#hits").replaceChildren(...body.hits.map((hit) => renderHit(hit, body.parts)));
    renderPartial(body);
    renderFacets(body.facets || {});
    renderPager(body.total, body.page, body.size);
    // Nothing found: no empty chart boxes and nothing to download, but the search can still be followed (Atom, an alert).
    const none = body.total === 0;
    $("#charts").hidden = none;
    for (const id of ["#export-csv", "#export-json", "#export-summary"]) $(id).hidden = none;
    if (!none) renderCharts(body, timeline);
    renderExports(params);
  }

  // The phone's "Filter" button says how many filters are set.
  function showFilterCount(params) {
    const count = filterNames.filter((name) => name !== "sort" && params.get(name)).length;
    $("#filters-toggle").textContent = count > 0 ? `${N.t("filters.show")} (${count})` : N.t("filters.show");
  }

  function chip(className, text, onClick, profile) {
    const item = N.element("li");
    const button = N.element("button", `chip ${className}`, text);
    button.type = "button";
    button.addEventListener("click", onClick);
    item.append(button);
    if (profile) item.append(N.profileLink(className, profile));
    return item;
  }

  // Stories holding most of the words but not all, when the exact ones do not fill the page: under their own heading,
  // after the hits, and in no count (the total, the facets, the charts, the exports and the alerts are the exact set).
  function renderPartial(body) {
    const partial = body.partial || [];
    $("#partial").hidden = partial.length === 0;
    $("#partial-note").textContent = partial.length === 0 ? "" : N.t("partial.note", {
      total: (body.partial_total || 0).toLocaleString(N.locale()),
      min: body.partial_min,
      parts: body.parts,
    });
    $("#partial-hits").replaceChildren(...partial.map((hit) => renderHit(hit, body.parts)));
  }

  function renderHit(hit, parts) {
    const item = N.element("li", "hit");
    item.dataset.id = hit.id;
    const title = N.element("h2");
    const link = N.element("a", "hit-title", hit.title);
    link.href = `/document.html?id=${encodeURIComponent(hit.id)}`;
    title.append(link);

    const meta = N.element("p", "meta");
    meta.append(N.element("span", "outlet", hit.source || hit.file), " · ", N.element("time", null, N.formatDate(hit.published || hit.event_date)));
    if (hit.url) {
      const original = N.element("a", "original", N.t("hit.original"));
      original.href = hit.url;
      original.rel = "noopener noreferrer";
      original.target = "_blank";
      meta.append(" · ", original);
    }
    // A relaxed or partial hit says how many of the question's words it holds.
    if (hit.matched_parts != null && parts) meta.append(" · ", N.element("span", "matched-parts", N.t("hit.matchedParts", { matched: hit.matched_parts, parts })));

    const chips = N.element("ul", "chips");
    for (const regency of hit.regencies || []) chips.append(chip("regency", regency, () => setFilter("regency", regency), regency));
    for (const person of (hit.persons || []).slice(0, 6)) {
      chips.append(chip("person", person.position ? `${person.name} (${person.position})` : person.name, () => setFilter("person", person.name), person.name));
    }
    for (const violation of hit.violations || []) chips.append(chip("violation", N.violationLabel(violation), () => setFilter("violation", violation)));

    const snippet = N.element("p", "snippet");
    snippet.append(...N.snippetNodes(hit.snippet || ""));
    item.append(title, meta, chips, snippet);
    if (hit.duplicates > 0 && hit.cluster) item.append(renderCluster(hit));
    return item;
  }

  function renderCluster(hit) {
    const box = N.element("div", "cluster");
    const outlets = (hit.also_published_by || []).length;
    const label = outlets > 0 ? N.t("hit.alsoPublished", { count: outlets }) : N.t("hit.otherVersions", { count: hit.duplicates });
    const toggle = N.element("button", "cluster-toggle link-button", label);
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    const list = N.element("ul", "cluster-list");
    list.hidden = true;
    list.id = `cluster-${hit.id}`;
    toggle.setAttribute("aria-controls", list.id);
    if (outlets > 0) toggle.title = hit.also_published_by.join(", ");
    let loaded = false;
    toggle.addEventListener("click", async () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      list.hidden = !open;
      if (!open || loaded) return;
      loaded = true;
      list.replaceChildren(N.element("li", "muted", N.t("hit.clusterLoading")));
      const answer = await N.getJson(`/api/search?${new URLSearchParams({ cluster: hit.cluster, collapse: "false", sort: "date", size: "50" })}`);
      const others = answer.ok ? answer.body.hits.filter((other) => other.id !== hit.id) : [];
      list.replaceChildren(...others.map((other) => {
        const row = N.element("li");
        const link = N.element("a", null, other.title);
        link.href = `/document.html?id=${encodeURIComponent(other.id)}`;
        row.append(N.element("strong", "outlet", other.source || other.file), " · ", N.element("time", null, N.formatDate(other.published)), " — ", link);
        return row;
      }));
    });
    box.append(toggle, list);
    return box;
  }

  function setFilter(name, value) {
    setField(name, value);
    navigate(1);
  }

  function applyFacet(name, value) {
    if (name === "year") {
      filterForm.elements.from.value = `${value}-01-01`;
      filterForm.elements.to.value = `${value}-12-31`;
      navigate(1);
    } else {
      setFilter(name, value);
    }
  }

  function renderFacets(facets) {
    for (const box of filterForm.querySelectorAll(".filter[data-facet]")) {
      const name = box.dataset.facet;
      const list = box.querySelector(".facet-values");
      const values = (facets[name] || []).slice(0, name === "year" ? 8 : 5);
      list.replaceChildren(...values.map((value) => {
        const item = N.element("li");
        const button = N.element("button", "facet-value");
        button.type = "button";
        const label = name === "violation" ? N.violationLabel(value.value) : value.value;
        button.setAttribute("aria-label", N.t("facets.apply", { value: label, count: value.count }));
        button.append(N.element("span", "facet-name", label), N.element("span", "count", value.count.toLocaleString(N.locale())));
        button.addEventListener("click", () => applyFacet(name, value.value));
        item.append(button);
        if (name === "regency" || name === "person") item.append(N.profileLink(name, value.value));
        return item;
      }));
    }
  }

  function renderPager(total, page, size) {
    const pager = $("#pager");
    pager.replaceChildren();
    const pages = Math.min(Math.ceil(total / size), Math.floor(10000 / size));
    if (pages <= 1) return;
    if (page > 1) {
      const previous = N.element("button", "secondary", N.t("pager.previous"));
      previous.type = "button";
      previous.addEventListener("click", () => navigate(page - 1));
      pager.append(previous);
    }
    pager.append(N.element("span", "meta", N.t("pager.page", { page, pages })));
    if (page < pages) {
      const next = N.element("button", "secondary", N.t("pager.next"));
      next.type = "button";
      next.addEventListener("click", () => navigate(page + 1));
      pager.append(next);
    }
  }

  function renderCharts(body, timeline) {
    $("#charts").hidden = false;
    const months = timeline ? timeline.months : [];
    N.charts.timeline($("#timeline"), months, (month) => {
      const [year, number] = month.split("-").map(Number);
      const lastDay = new Date(Date.UTC(year, number, 0)).getUTCDate();
      filterForm.elements.from.value = `${month}-01`;
      filterForm.elements.to.value = `${month}-${String(lastDay).padStart(2, "0")}`;
      navigate(1);
    });
    // Documents with no plausible date are in no month: the caption counts them so the bars and it add up to the total.
    $("#undated").textContent = timeline && timeline.undated > 0 ? `· ${N.t("charts.undated", { count: timeline.undated })}` : "";
    N.charts.bars($("#top-regencies"), (body.facets && body.facets.regency) || [], (regency) => setFilter("regency", regency));
  }

  function renderExports(params) {
    const exportParams = searchParams(params, ["page"]);
    const query = exportParams.toString();
    $("#exports").hidden = false;
    $("#export-csv").href = `/api/search.csv?${query}`;
    $("#export-json").href = `/api/search.json?${query}`;
    $("#export-atom").href = `/api/search.atom?${query}`;
    $("#atom-link").href = `/api/search.atom?${query}`;
    $("#export-summary").href = `/summary.html?${searchParams(params, ["page", "sort"])}`;
    $("#save-alert").href = `/admin.html?${searchParams(params, ["page", "sort"])}#alerts`;
    $("#subscribe").href = `/alert.html?${searchParams(params, ["page", "sort"])}`;
  }

  N.fillViolationOptions(filterForm.elements.violation);
  N.autocomplete(filterForm.elements.regency, { kind: "regency", onPick: () => navigate(1) });
  N.autocomplete(filterForm.elements.province, { kind: "province", onPick: () => navigate(1) });
  N.searchShortcut(queryInput);
  N.onLangChange(() => {
    N.fillViolationOptions(filterForm.elements.violation);
    showFilterCount(new URLSearchParams(location.search));
    if (last) render();
    else if (lastError) $("#status").textContent = N.errorMessage(lastError, N.t("status.failed"));
    else $("#status").textContent = N.t("status.empty");
  });
  searchForm.addEventListener("submit", (event) => { event.preventDefault(); navigate(1); });
  filterForm.addEventListener("submit", (event) => { event.preventDefault(); navigate(1); });
  filterForm.addEventListener("reset", () => setTimeout(() => navigate(1), 0));
  filterForm.elements.sort.addEventListener("change", () => navigate(1));
  filterForm.elements.violation.addEventListener("change", () => navigate(1));
  filterForm.elements.incidents.addEventListener("change", () => navigate(1));
  $("#filters-toggle").addEventListener("click", () => {
    const panel = $("#filter-panel");
    const open = !panel.classList.contains("open");
    panel.classList.toggle("open", open);
    $("#filters-toggle").setAttribute("aria-expanded", String(open));
  });
  window.addEventListener("popstate", () => run(formsFromUrl()));
  run(formsFromUrl());
})();
