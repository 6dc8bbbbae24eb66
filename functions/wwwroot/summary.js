// The summary page: the search of the URL (the search page's parameters) counted by /api/aggregate — incidents by
// province on a map of Indonesia, by regency and kind in a sortable table, by month — and every number a link to the
// search behind it, so a count can always be opened as the articles it counts.
(() => {
  "use strict";
  const N = window.Netralitas;
  const $ = (selector) => document.querySelector(selector);

  // What counts as an incident: the search's `incidents=true` filter keeps documents whose extraction found an actual
  // case (the index's `incident` field: an identified ASN, village official or official did it, or was reported,
  // summoned, examined or sanctioned). The kinds counted are still the `violation` field of those documents, which also
  // holds kinds a report only mentions; an `incident` aggregate dimension would make the table exact.
  const incidents = { param: "incidents", value: "true", kindField: "violation" };

  const searchNames = ["q", "regency", "province", "person", "from", "to", "violation", "source", "collapse"];

  // The map's 34 provinces (before 2022) and our province codes: Papua's 2022 provinces are drawn inside Papua, Papua
  // Barat Daya inside Papua Barat.
  const mapCodes = {
    "id-ac": ["11"], "id-su": ["12"], "id-sb": ["13"], "id-ri": ["14"], "id-ja": ["15"], "id-ss": ["16"], "id-be": ["17"],
    "id-la": ["18"], "id-bb": ["19"], "id-kr": ["21"], "id-jk": ["31"], "id-jb": ["32"], "id-jt": ["33"], "id-yo": ["34"],
    "id-ji": ["35"], "id-bt": ["36"], "id-ba": ["51"], "id-nb": ["52"], "id-nt": ["53"], "id-kb": ["61"], "id-kt": ["62"],
    "id-ks": ["63"], "id-ki": ["64"], "id-ku": ["65"], "id-sa": ["71"], "id-st": ["72"], "id-sn": ["73"], "id-sg": ["74"],
    "id-go": ["75"], "id-sr": ["76"], "id-ma": ["81"], "id-mu": ["82"], "id-pa": ["91", "93", "94", "95"], "id-pb": ["92", "96"],
  };

  let mapShapes = null;
  let last = null;
  let sort = { key: "total", descending: true };

  /** The search being summarised: the URL's search parameters, and incidents only unless the box is cleared. */
  function baseParams() {
    const url = new URLSearchParams(location.search);
    const params = new URLSearchParams();
    for (const name of searchNames) if (url.get(name)) params.set(name, url.get(name));
    if ($("#incidents-only").checked) params.set(incidents.param, incidents.value);
    return params;
  }

  function searchLink(extra) {
    const params = baseParams();
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    return `/?${params}`;
  }

  function aggregate(by, then) {
    const params = baseParams();
    params.set("by", by);
    if (then) params.set("then", then);
    return N.getJson(`/api/aggregate?${params}`);
  }

  function link(text, href, label) {
    const anchor = N.element("a", "count-link", text);
    anchor.href = href;
    if (label) anchor.title = label;
    return anchor;
  }

  function monthRange(month) {
    const [year, number] = month.split("-").map(Number);
    const lastDay = new Date(Date.UTC(year, number, 0)).getUTCDate();
    return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, "0")}` };
  }

  function describeScope() {
    const url = new URLSearchParams(location.search);
    const parts = searchNames.filter((name) => url.get(name) && name !== "collapse").map((name) => (name === "q" ? url.get(name) : `${name}: ${url.get(name)}`));
    $("#scope").textContent = N.t("summary.search", { search: parts.length ? parts.join(" · ") : N.t("summary.everything") });
    $("#q").value = url.get("q") || "";
    const back = new URLSearchParams();
    for (const name of searchNames) if (url.get(name)) back.set(name, url.get(name));
    if (url.get(incidents.param)) back.set(incidents.param, url.get(incidents.param));
    $("#back-link").href = `/${back.toString() ? `?${back}` : ""}`;
  }

  async function run() {
    describeScope();
    const status = $("#summary-status");
    status.className = "status";
    status.textContent = N.t("summary.loading");
    const [provinces, regencies, months, firsts] = await Promise.all([
      aggregate("province"), aggregate("regency", incidents.kindField), aggregate("month"), aggregate("regency", "month"),
    ]);
    const failed = [provinces, regencies, months, firsts].find((answer) => !answer.ok);
    if (failed) {
      last = { error: failed.body };
      render();
      return;
    }

    last = { provinces: provinces.body, regencies: regencies.body, months: months.body, firsts: firsts.body };
    if (!mapShapes) mapShapes = await loadMap();
    render();
  }

  function render() {
    if (!last) return;
    const status = $("#summary-status");
    if (last.error) {
      status.textContent = N.errorMessage(last.error, N.t("status.failed"));
      status.className = "status error";
      $("#summary-body").hidden = true;
      return;
    }

    const { provinces, regencies, months, firsts } = last;
    status.textContent = provinces.total === 0 ? N.t("summary.empty") : N.t("summary.status", { total: provinces.total.toLocaleString(N.locale()), documents: provinces.documents.toLocaleString(N.locale()) });
    $("#summary-body").hidden = provinces.total === 0;
    if (provinces.total === 0) return;
    renderMap(provinces.buckets);
    renderMonths(months, provinces.total);
    renderTable(regencies.buckets, firsts.buckets);
    const csv = baseParams();
    csv.set("by", "regency");
    csv.set("then", incidents.kindField);
    csv.set("format", "csv");
    $("#table-csv").href = `/api/aggregate?${csv}`;
  }

  /** The map's shapes from the vendored SVG (maps/indonesia.svg), parsed inertly: only ids, names and path data are kept. */
  async function loadMap() {
    const response = await fetch("/maps/indonesia.svg");
    if (!response.ok) return null;
    const parsed = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
    const root = parsed.documentElement;
    return {
      viewBox: root.getAttribute("viewBox"),
      paths: [...parsed.querySelectorAll("path")].map((path) => ({ id: path.getAttribute("id"), name: path.getAttribute("name"), d: path.getAttribute("d") })),
    };
  }

  function renderMap(buckets) {
    const byCode = new Map(buckets.filter((b) => b.code).map((b) => [b.code, b]));
    const container = $("#map");
    container.replaceChildren();
    if (mapShapes) {
      const max = Math.max(1, ...buckets.map((b) => b.count));
      const chart = N.svg("svg", { viewBox: mapShapes.viewBox, role: "group", "aria-label": N.t("summary.map") });
      for (const shape of mapShapes.paths) {
        const found = (mapCodes[shape.id] || []).map((code) => byCode.get(code)).filter(Boolean).sort((a, b) => b.count - a.count);
        const count = found.reduce((sum, b) => sum + b.count, 0);
        const path = N.svg("path", { d: shape.d, class: `province q${count === 0 ? 0 : Math.max(1, Math.ceil((5 * Math.min(count, max)) / max))}`, "data-map-id": shape.id });
        const title = N.svg("title");
        if (count === 0) {
          title.textContent = `${shape.name}: 0`;
          path.append(title);
          chart.append(path);
          continue;
        }

        const label = found.map((b) => N.t("summary.mapLink", { name: b.value, count: b.count })).join("; ");
        const anchor = N.svg("a", { href: searchLink({ province: found[0].code }), "aria-label": label, class: "map-link", "data-count": found[0].count, "data-province": found[0].value });
        title.textContent = label;
        anchor.append(title, path);
        chart.append(anchor);
      }
      container.append(chart);
    }

    $("#province-list").replaceChildren(...buckets.map((b) => {
      const item = N.element("li");
      item.append(b.value, " ", link(b.count.toLocaleString(N.locale()), searchLink({ province: b.code || b.value }), N.t("summary.mapLink", { name: b.value, count: b.count })));
      item.lastChild.classList.add("count");
      return item;
    }));
  }

  function renderMonths(months, total) {
    const counts = months.buckets.map((b) => ({ month: b.value, count: b.count })).sort((a, b) => a.month.localeCompare(b.month));
    N.charts.timeline($("#months"), counts, (month) => { location.href = searchLink(monthRange(month)); });
    // A story whose versions fall in two months counts in both, so this never says more than the undated stories' number.
    const undated = total - Math.min(total, months.buckets.reduce((sum, b) => sum + b.count, 0));
    $("#summary-undated").textContent = undated > 0 ? `(${N.t("summary.undated", { count: undated })})` : "";
  }

  function renderTable(buckets, firsts) {
    const since = new Map(firsts.map((b) => [b.value, (b.buckets || []).map((m) => m.value).sort()[0] || ""]));
    const kindTotals = new Map();
    for (const regency of buckets) for (const kind of regency.buckets || []) kindTotals.set(kind.value, (kindTotals.get(kind.value) || 0) + kind.count);
    const kinds = [...kindTotals.keys()].sort((a, b) => kindTotals.get(b) - kindTotals.get(a) || a.localeCompare(b));
    const rows = buckets.map((regency) => ({
      regency,
      name: regency.value,
      province: regency.province || "",
      total: regency.count,
      since: since.get(regency.value) || "",
      kinds: new Map((regency.buckets || []).map((kind) => [kind.value, kind.count])),
    }));
    const columns = [
      { key: "name", label: N.t("summary.regency") },
      { key: "province", label: N.t("summary.province") },
      { key: "total", label: N.t("summary.total"), number: true },
      { key: "since", label: N.t("summary.since") },
      ...kinds.map((kind) => ({ key: `kind:${kind}`, kind, label: N.violationLabel(kind), number: true })),
    ];
    const value = (row, key) => (key.startsWith("kind:") ? row.kinds.get(key.slice(5)) || 0 : row[key]);
    rows.sort((a, b) => {
      const x = value(a, sort.key), y = value(b, sort.key);
      const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y), N.locale());
      return (sort.descending ? -order : order) || b.total - a.total || a.name.localeCompare(b.name);
    });

    const head = N.element("thead");
    const headRow = N.element("tr");
    for (const column of columns) {
      const cell = N.element("th", column.number ? "number" : null);
      cell.scope = "col";
      cell.dataset.key = column.key;
      if (sort.key === column.key) cell.setAttribute("aria-sort", sort.descending ? "descending" : "ascending");
      const button = N.element("button", null, column.label);
      button.type = "button";
      button.title = N.t("summary.sortBy", { column: column.label });
      button.addEventListener("click", () => {
        sort = { key: column.key, descending: sort.key === column.key ? !sort.descending : Boolean(column.number) };
        render();
      });
      cell.append(button);
      headRow.append(cell);
    }
    head.append(headRow);

    const body = N.element("tbody");
    for (const row of rows) {
      const tr = N.element("tr");
      tr.dataset.regency = row.name;
      const where = row.regency.code || row.name;
      const nameCell = N.element("th");
      nameCell.scope = "row";
      nameCell.textContent = row.name;
      tr.append(nameCell, N.element("td", null, row.province));
      const total = N.element("td", "number");
      total.append(link(row.total.toLocaleString(N.locale()), searchLink({ regency: where }), N.t("summary.cellLink", { count: row.total, what: row.name })));
      tr.append(total, N.element("td", null, row.since ? N.formatMonth(row.since, "short") : ""));
      for (const kind of kinds) {
        const count = row.kinds.get(kind) || 0;
        const cell = N.element("td", count ? "number" : "number zero");
        cell.dataset.kind = kind;
        if (count) cell.append(link(count.toLocaleString(N.locale()), searchLink({ regency: where, [incidents.kindField]: kind }), N.t("summary.cellLink", { count, what: `${row.name}, ${N.violationLabel(kind)}` })));
        else cell.textContent = "0";
        tr.append(cell);
      }
      body.append(tr);
    }
    $("#regency-table").replaceChildren(head, body);
  }

  const url = new URLSearchParams(location.search);
  $("#incidents-only").checked = url.get(incidents.param) !== "false";
  $("#incidents-only").addEventListener("change", () => {
    const next = new URLSearchParams(location.search);
    if ($("#incidents-only").checked) next.delete(incidents.param);
    else next.set(incidents.param, "false");
    history.replaceState(null, "", next.toString() ? `?${next}` : location.pathname);
    run();
  });
  N.onLangChange(() => { describeScope(); render(); });
  run();
})();
