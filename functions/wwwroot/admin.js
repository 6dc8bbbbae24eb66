// The admin page: the key (kept in sessionStorage, sent as x-functions-key), the upload form with each stored
// article followed through the ingest ledger (GET /api/ingest/entry, 404 while the ledger has not seen it yet),
// and the saved searches with their webhooks and last hits. A link from the search page pre-fills a new alert
// with that search (admin.html?q=...&regency=...#alerts).
(() => {
  "use strict";
  const N = window.Netralitas;
  const $ = (selector) => document.querySelector(selector);
  const keyName = "netralitas.adminKey";
  const finalStates = ["indexed", "failed", "poisoned", "skipped", "deleted"];
  const filterNames = ["regency", "province", "person", "source", "violation"];
  const pollEvery = 1500;
  const pollFor = 10 * 60 * 1000;
  let alerts = null;
  const uploads = new Map();

  const adminKey = () => sessionStorage.getItem(keyName) || "";

  function adminFetch(url, options = {}) {
    return N.getJson(url, { ...options, headers: { ...(options.headers || {}), "x-functions-key": adminKey() } });
  }

  function say(node, text, isError = false) {
    node.textContent = text;
    node.className = isError ? "status error" : "status";
  }

  function needKey(status) {
    if (adminKey()) return false;
    say(status, N.t("admin.keyMissing"), true);
    $("#admin-key").focus();
    return true;
  }

  function stateLabel(state) {
    const key = `state.${state}`;
    const label = N.t(key);
    return label === key ? state : label;
  }

  // Upload ----------------------------------------------------------------------------------------------------

  function renderUploads() {
    const table = $("#upload-progress");
    table.hidden = uploads.size === 0;
    table.tBodies[0].replaceChildren(...[...uploads.values()].map((upload) => {
      const row = N.element("tr");
      row.dataset.name = upload.name;
      row.dataset.state = upload.state || "waiting";
      const state = N.element("td", `state state-${upload.state || "waiting"}`);
      if (upload.kind === "list") state.textContent = N.t("upload.listStored");
      else state.textContent = upload.state ? stateLabel(upload.state) : N.t("upload.waiting");
      if (upload.reason) state.append(N.element("span", "muted", ` — ${upload.reason}`));
      if (upload.documentId) {
        const link = N.element("a", null, "↗");
        link.href = `/document.html?id=${encodeURIComponent(upload.documentId)}`;
        state.append(" ", link);
      }
      row.append(N.element("td", null, upload.name), state);
      return row;
    }));
  }

  async function follow(upload) {
    const until = Date.now() + pollFor;
    while (Date.now() < until && !finalStates.includes(upload.state)) {
      const answer = await adminFetch(`/api/ingest/entry?${new URLSearchParams({ kind: "article", key: upload.name })}`);
      if (answer.ok && answer.body) {
        upload.state = answer.body.state;
        upload.reason = answer.body.reason || null;
        upload.documentId = answer.body.document_id || null;
        renderUploads();
      }
      if (finalStates.includes(upload.state)) return;
      await new Promise((resolve) => setTimeout(resolve, pollEvery));
    }
  }

  async function submitUpload(event) {
    event.preventDefault();
    const status = $("#upload-status");
    if (needKey(status)) return;
    const form = new FormData();
    for (const file of $("#upload-files").files) form.append("files", file, file.name);
    form.append("folder", $("#upload-folder").value.trim());
    form.append("urls", $("#upload-urls").value);
    say(status, N.t("upload.sending"));
    const answer = await adminFetch("/api/admin/upload", { method: "POST", body: form });
    if (!answer.ok) {
      say(status, answer.error, true);
      return;
    }
    say(status, N.t("upload.done", { articles: answer.body.articles.length, lists: answer.body.sources.length }));
    for (const article of answer.body.articles) {
      const upload = { kind: "article", name: article.name, state: null };
      uploads.set(`article:${article.name}`, upload);
      follow(upload);
    }
    for (const list of answer.body.sources) uploads.set(`list:${list.name}`, { kind: "list", name: list.name });
    renderUploads();
    $("#upload-form").reset();
  }

  // Alerts ----------------------------------------------------------------------------------------------------


  function prefillFromUrl() {
    const params = new URLSearchParams(location.search);
    if (params.get("q")) $("#alert-query").value = params.get("q");
    for (const name of filterNames) if (params.get(name)) $(`#alert-${name}`).value = params.get(name);
    if (params.toString()) $("#alert-name").value = params.get("q") || params.get("regency") || "";
  }

  function renderAlerts() {
    const list = $("#alert-list");
    if (!alerts) return;
    if (!alerts.length) {
      list.replaceChildren(N.element("li", "muted", N.t("alerts.none")));
      return;
    }
    list.replaceChildren(...alerts.map((alert) => {
      const item = N.element("li", "alert");
      item.dataset.id = alert.id;
      const header = N.element("div", "alert-header");
      header.append(N.element("h3", null, alert.name));
      const remove = N.element("button", "secondary", N.t("alerts.delete"));
      remove.type = "button";
      remove.addEventListener("click", () => deleteAlert(alert));
      header.append(remove);
      item.append(header);
      const details = N.element("dl", "alert-details");
      const add = (term, value) => {
        if (!value) return;
        details.append(N.element("dt", null, term), N.element("dd", null, value));
      };
      add(N.t("alerts.query"), alert.query);
      add(N.t("alerts.filters"), Object.entries(alert.filters || {}).map(([k, v]) => `${k}: ${k === "violation" ? N.violationLabel(v) : v}`).join(" · "));
      add(N.t("alerts.webhook"), alert.webhook);
      add(N.t("subscribe.email"), alert.email);
      add(N.t("alerts.lastHits"), N.t("alerts.matched", { count: alert.matched }));
      item.append(details);
      const hits = N.element("ul", "last-hits");
      if (!alert.last_hits.length) hits.append(N.element("li", "muted", N.t("alerts.noHits")));
      for (const hit of alert.last_hits) {
        const row = N.element("li", "last-hit");
        row.dataset.document = hit.document_id;
        row.dataset.state = hit.state;
        const link = N.element("a", null, hit.title || hit.document_id);
        link.href = `/document.html?id=${encodeURIComponent(hit.document_id)}`;
        row.append(link, " ", N.element("span", `badge state-${hit.state}`, stateLabel(hit.state)), " ", N.element("time", "muted", N.formatTime(hit.delivered_at || hit.updated_at)));
        if (hit.reason && hit.state !== "delivered") row.append(N.element("span", "muted", ` — ${hit.reason}`));
        hits.append(row);
      }
      item.append(hits);
      return item;
    }));
  }

  async function loadAlerts() {
    const status = $("#alert-status");
    if (!adminKey()) {
      say(status, N.t("admin.keyMissing"), true);
      return;
    }
    const answer = await adminFetch("/api/alerts");
    if (!answer.ok) {
      say(status, answer.error, true);
      return;
    }
    alerts = answer.body;
    renderAlerts();
  }

  async function submitAlert(event) {
    event.preventDefault();
    const status = $("#alert-status");
    if (needKey(status)) return;
    const filters = {};
    for (const name of filterNames) {
      const value = $(`#alert-${name}`).value.trim();
      if (value) filters[name] = value;
    }
    const body = { name: $("#alert-name").value.trim(), query: $("#alert-query").value.trim() || null, filters, webhook: $("#alert-webhook").value.trim() };
    const answer = await adminFetch("/api/alerts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!answer.ok) {
      say(status, answer.error, true);
      return;
    }
    say(status, N.t("alerts.saved"));
    $("#alert-form").reset();
    await loadAlerts();
  }

  async function deleteAlert(alert) {
    if (!window.confirm(N.t("alerts.deleteConfirm", { name: alert.name }))) return;
    const answer = await adminFetch(`/api/alerts/${encodeURIComponent(alert.id)}`, { method: "DELETE" });
    if (!answer.ok) {
      say($("#alert-status"), answer.error, true);
      return;
    }
    await loadAlerts();
  }

  // Wiring ----------------------------------------------------------------------------------------------------

  $("#key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyName, $("#admin-key").value.trim());
    say($("#key-status"), N.t("admin.keySaved"));
    loadAlerts();
  });
  if (adminKey()) $("#admin-key").value = adminKey();
  $("#upload-form").addEventListener("submit", submitUpload);
  $("#alert-form").addEventListener("submit", submitAlert);
  $("#alerts-refresh").addEventListener("click", loadAlerts);
  N.autocomplete($("#alert-regency"), { kind: "regency" });
  N.autocomplete($("#alert-province"), { kind: "province" });
  N.onLangChange(() => {
    N.fillViolationOptions($("#alert-violation"));
    renderAlerts();
    renderUploads();
  });
  N.fillViolationOptions($("#alert-violation"));
  prefillFromUrl();
  if (adminKey()) loadAlerts();
})();
